package org.samadhan.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.samadhan.jurisdiction.Role;

/**
 * One complaint's clocks. The overall limit starts at registration (and afresh when a reopened
 * complaint is reassigned) and stops when the complaint is settled; past its due date the complaint
 * is a defaulter until then. The current stage has a clock of its own, cut at the due date; when it
 * runs out the complaint escalates one level above the stage's owner, and one more level after each
 * further interval. Everything is counted in days, in the complaint's {@link Counting}; a day ends
 * at midnight in Samadhan's zone. While paused, no clock runs.
 */
final class DeadlineClock {

	/** What needs a supervisor's eye first: a defaulter, else an escalated stage, else a near limit. */
	enum Standing {
		DEFAULTER, OVERDUE, NEAR
	}

	final long complaintId;

	String reference;

	long districtId;

	Long circleId;

	Long stationId;

	Long enquiryOfficerId;

	final Counting counting;

	int limitDays;

	int limitSeq;

	LocalDate limitStartedOn;

	LocalDate dueOn;

	LocalDate warnOn;

	boolean running;

	boolean warned;

	boolean defaulted;

	Stage stage;

	Role stageOwner;

	int stageSeq;

	LocalDate stageStartedOn;

	LocalDate stageDueOn;

	int escalationLevel;

	Role escalatedTo;

	Instant pausedSince;

	Instant nextCheckAt;

	DeadlineClock(long complaintId, Counting counting) {
		this.complaintId = complaintId;
		this.counting = counting;
	}

	boolean paused() {
		return pausedSince != null;
	}

	/** A time limit of {@code days} from {@code startOn}; the warning comes {@code margin} days before its end. */
	void startLimit(LocalDate startOn, int days, int margin, WorkingCalendar calendar) {
		limitSeq++;
		limitDays = days;
		limitStartedOn = startOn;
		dueOn = calendar.add(startOn, days, counting);
		LocalDate warn = calendar.subtract(dueOn, margin, counting);
		warnOn = warn.isBefore(startOn) ? startOn : warn;
		running = true;
		warned = false;
		defaulted = false;
	}

	void stopLimit() {
		running = false;
		defaulted = false;
	}

	/** A new stage starts today; its clock never runs past the limit while the limit runs. */
	void startStage(Stage next, Role owner, LocalDate today, int days, WorkingCalendar calendar) {
		stageSeq++;
		stage = next;
		stageOwner = owner;
		stageStartedOn = today;
		escalationLevel = 0;
		escalatedTo = null;
		if (next == null) {
			stageDueOn = null;
			return;
		}
		LocalDate due = calendar.add(today, days, counting);
		stageDueOn = running && next.withinLimit() && dueOn != null && due.isAfter(dueOn) ? dueOn : due;
	}

	/** The day at whose end the stage escalates for the ({@code done}+1)-th time. */
	LocalDate escalationDay(int done, int interval, WorkingCalendar calendar) {
		return done == 0 ? stageDueOn : calendar.add(stageDueOn, done * interval, counting);
	}

	int escalationLevels() {
		return stage == null || stageOwner == null ? 0 : ChainOfCommand.above(stageOwner).size();
	}

	static Instant endOf(LocalDate day, ZoneId zone) {
		return day.plusDays(1).atStartOfDay(zone).toInstant();
	}

	static Instant startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toInstant();
	}

	/** The first moment something falls due: a warning, the default, the next escalation; null if none or paused. */
	Instant nextCheck(int interval, WorkingCalendar calendar, ZoneId zone) {
		if (paused()) {
			return null;
		}
		Instant next = null;
		if (running && !defaulted && dueOn != null) {
			next = endOf(dueOn, zone);
			if (!warned && warnOn != null) {
				next = min(next, startOf(warnOn, zone));
			}
		}
		if (stage != null && escalationLevel < escalationLevels()) {
			next = min(next, endOf(escalationDay(escalationLevel, interval, calendar), zone));
		}
		return next;
	}

	Standing standing() {
		if (running && defaulted) {
			return Standing.DEFAULTER;
		}
		if (stage != null && escalationLevel > 0) {
			return Standing.OVERDUE;
		}
		if (running && warned) {
			return Standing.NEAR;
		}
		return null;
	}

	/** Moves the limit and the stage clock on by the days the clock stood still (counted as the limit counts). */
	void resume(LocalDate pausedOn, LocalDate today, WorkingCalendar calendar) {
		int days = calendar.daysBetween(pausedOn, today, counting);
		if (running && dueOn != null && days > 0) {
			dueOn = calendar.add(dueOn, days, counting);
			warnOn = calendar.add(warnOn, days, counting);
		}
		if (stage != null && stageDueOn != null) {
			LocalDate from = stageStartedOn != null && stageStartedOn.isAfter(pausedOn) ? stageStartedOn : pausedOn;
			int stageDays = calendar.daysBetween(from, today, counting);
			if (stageDays > 0) {
				stageDueOn = calendar.add(stageDueOn, stageDays, counting);
			}
		}
		pausedSince = null;
	}

	private static Instant min(Instant a, Instant b) {
		return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
	}
}
