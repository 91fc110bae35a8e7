package org.samadhan.complaint;

import java.time.Instant;

/**
 * A one-time code was made for the complainant's registered mobile; the notification module
 * delivers it. The code is in the event only, never stored in clear.
 */
public record CitizenCodeIssued(long complaintId, String reference, String mobile, String code, Instant expiresAt) {
}
