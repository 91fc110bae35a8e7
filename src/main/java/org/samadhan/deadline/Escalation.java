package org.samadhan.deadline;

import java.time.Instant;

import org.samadhan.jurisdiction.Role;

/**
 * A stage's clock ran out and the complaint went one level up: the {@code level}-th escalation of
 * the complaint's {@code stageSeq}-th stage, to {@code toRole} ({@code officerId} null when the post
 * was vacant).
 */
public record Escalation(long complaintId, int stageSeq, int level, Stage stage, Role toRole, Long officerId,
		Instant at) {
}
