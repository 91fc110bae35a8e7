package org.samadhan.scrutiny;

import java.time.Instant;

import org.samadhan.complaint.ComplaintStatus;

/**
 * A disposal that did not hold: the complaint {@code disposedReference} had been settled when the
 * same matter came back as {@code repeatReference}. For the reviewers of the officer who disposed
 * of it.
 */
public record FailedDisposal(String disposedReference, ComplaintStatus statusWhenRepeated, Long enquiryOfficerId,
		String repeatReference, RepeatReason reason, Double similarity, Instant repeatedAt) {
}
