package org.samadhan.complaint;

import java.time.Instant;

/**
 * A complaint moved: published once per history row, after the change is stored. {@code complaint}:
 * the complaint as the command left it (placement, officer, status, counts), so that no listener
 * reads it back; its due date is the one before the move (the deadline module announces a new one
 * with {@link DueDateShown}).
 */
public record ComplaintStatusChanged(long complaintId, String reference, ComplaintAction action, ComplaintStatus from,
		ComplaintStatus to, Long actorOfficerId, Instant at, ComplaintView complaint) {
}
