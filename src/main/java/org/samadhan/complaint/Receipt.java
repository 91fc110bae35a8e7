package org.samadhan.complaint;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The acknowledgement of a registered complaint: its reference number, status and time, and the
 * date by which it is to be disposed of (null only if no time limit could be worked out).
 */
public record Receipt(String reference, ComplaintStatus status, Instant registeredAt, LocalDate dueOn) {
}
