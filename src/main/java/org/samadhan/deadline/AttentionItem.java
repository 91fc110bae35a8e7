package org.samadhan.deadline;

import java.time.LocalDate;

import org.samadhan.jurisdiction.Role;

/**
 * One line of a supervisor's list: a complaint that is a defaulter, whose stage was escalated
 * (overdue), or whose limit is near.
 */
public record AttentionItem(String reference, String standing, LocalDate dueOn, boolean defaulter, Stage stage,
		Role stageOwner, LocalDate stageDueOn, int escalationLevel, Role escalatedTo, boolean paused, Long stationId,
		Long enquiryOfficerId) {
}
