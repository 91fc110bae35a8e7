package org.samadhan.complaint;

import java.time.Instant;

/** A complaint moved: published once per history row, after the change is stored. */
public record ComplaintStatusChanged(long complaintId, String reference, ComplaintAction action, ComplaintStatus from,
		ComplaintStatus to, Long actorOfficerId, Instant at) {
}
