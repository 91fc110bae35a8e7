package org.samadhan.review;

import java.time.Instant;

import org.samadhan.jurisdiction.Role;

/** One reviewer's decision on one report. */
public record ReviewDecision(long id, long reportId, Role level, long reviewerId, Verdict verdict, Grade grade,
		String reason, Instant decidedAt) {

	public enum Verdict {
		/** Approved: forwarded to the next level, or disposed of at the last. */
		APPROVED,
		/** Sent back for more enquiry. */
		RETURNED
	}
}
