package org.samadhan.complaint;

import java.time.Instant;

import org.samadhan.jurisdiction.Placement;

/**
 * A complaint moved: published once per history row, after the change is stored. {@code complaint}:
 * the complaint as the command left it (placement, officer, status, counts), so that no listener
 * reads it back; its due date is the one before the move (the deadline module announces a new one
 * with {@link DueDateShown}).
 */
public record ComplaintStatusChanged(long complaintId, String reference, ComplaintAction action, ComplaintStatus from,
		ComplaintStatus to, Long actorOfficerId, Instant at, ComplaintView complaint, Before before) {

	/**
	 * Where the complaint was placed and who held its enquiry before this move: as stored before the
	 * command for its first move, as the command left it for the next ones; null for a registration's
	 * first move (nothing was stored before).
	 */
	public record Before(Placement placement, Long enquiryOfficerId) {
	}
}
