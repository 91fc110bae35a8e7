package org.samadhan.review;

import java.time.Instant;

/** A proposal to close a complaint as a prohibited subject, and the L-2 officer's decision. */
public record SpecialClosure(long id, ProhibitedSubject subject, String explanation, String courtCaseNumber,
		String evidenceId, long proposedBy, Instant proposedAt, Long decidedBy, Boolean approved, String decisionReason,
		Instant decidedAt) {
}
