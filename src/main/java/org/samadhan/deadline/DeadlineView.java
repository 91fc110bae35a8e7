package org.samadhan.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.jurisdiction.Role;

/**
 * A complaint's time, for the officers who see it: the limit (how counted, when due, whether it
 * runs), whether it is a defaulter, the stage's clock and how far it has been escalated, and every
 * escalation and pause.
 */
public record DeadlineView(String reference, ComplaintStatus status, Counting counting, int limitDays,
		LocalDate limitStartedOn, LocalDate dueOn, LocalDate warnOn, boolean running, boolean warned,
		boolean defaulter, boolean paused, Instant pausedSince, Stage stage, Role stageOwner,
		LocalDate stageStartedOn, LocalDate stageDueOn, int escalationLevel, Role escalatedTo, String standing,
		List<Escalation> escalations, List<Pause> pauses) {
}
