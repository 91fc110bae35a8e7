package org.samadhan.complaint;

import java.time.Instant;

/** The acknowledgement of a registered complaint: its reference number, status and time. */
public record Receipt(String reference, ComplaintStatus status, Instant registeredAt) {
}
