package org.samadhan.notification;

import java.time.Instant;

/**
 * One message of the outbox as the admin reads it, unmasked: whom it went (or would have gone)
 * to, what it said, and how delivery went. A one-time code shows only until it is sent.
 */
public record OutboxEntry(long id, String channel, String recipient, String template, String locale,
		String subject, String body, Long complaintId, String complaintReference, OutboxStatus status,
		int attempts, Instant nextAttemptAt, String claimedBy, Instant claimedUntil, String lastError,
		Instant createdAt, Instant sentAt) {

	OutboxEntry withComplaintReference(String reference) {
		return new OutboxEntry(id, channel, recipient, template, locale, subject, body, complaintId, reference,
				status, attempts, nextAttemptAt, claimedBy, claimedUntil, lastError, createdAt, sentAt);
	}
}
