package org.samadhan.complaint;

import java.time.Instant;

/**
 * A complaint was received; the complainant is to be told its reference number. {@code complaint}:
 * the complaint as registered, with the due date the deadline module gave it while the registration's
 * moves were heard, so that no listener reads it back.
 */
public record ComplaintRegistered(long complaintId, String reference, Channel channel, String mobile, Instant at,
		ComplaintView complaint) {
}
