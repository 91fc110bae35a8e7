package org.samadhan.complaint;

import java.time.Instant;

/** A complaint was received; the complainant is to be told its reference number. */
public record ComplaintRegistered(long complaintId, String reference, Channel channel, String mobile, Instant at) {
}
