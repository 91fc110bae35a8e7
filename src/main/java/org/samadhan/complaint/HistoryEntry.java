package org.samadhan.complaint;

import java.time.Instant;

import org.samadhan.jurisdiction.Role;

/**
 * One row of a complaint's history: who did what, when, from which status to which, and why;
 * {@code handedTo} is the officer the enquiry passed to, when the action handed it on.
 */
public record HistoryEntry(long id, ComplaintAction action, ComplaintStatus from, ComplaintStatus to, Long actorOfficerId,
		String actorName, Role actorRole, Long actorPostingUnitId, String reason, Long handedTo, Instant at) {
}
