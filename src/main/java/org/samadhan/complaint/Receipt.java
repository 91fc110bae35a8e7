package org.samadhan.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The acknowledgement of a registered complaint: its reference number, status and time, and the
 * date it is due by (null until the deadline rules have worked it out).
 */
public record Receipt(String reference, ComplaintStatus status, Instant registeredAt, LocalDate dueOn) {
}
