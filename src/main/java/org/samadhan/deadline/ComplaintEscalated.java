package org.samadhan.deadline;

import java.time.LocalDate;

import org.samadhan.jurisdiction.Role;

/**
 * A stage's clock ran out: the complaint was escalated to {@code level} (the {@code escalation}-th
 * level above the stage's owner). {@code recipient} is null when the post is vacant.
 */
public record ComplaintEscalated(long complaintId, String reference, Stage stage, int stageSeq, int escalation,
		Role level, LocalDate stageDueOn, Recipient recipient) {
}
