package org.samadhan.feedback;

import java.time.Instant;

import org.samadhan.shared.Label;

/**
 * A disposal asks the complainant for their word: {@code outcome} names the action taken (a
 * message key), {@code link} is where they answer, once, until {@code expiresAt}. Published in the
 * transaction of the disposal; {@code linkId} names this one message.
 */
public record FeedbackRequested(long complaintId, String reference, String mobile, Label outcome, String link,
		Instant expiresAt, long linkId) {
}
