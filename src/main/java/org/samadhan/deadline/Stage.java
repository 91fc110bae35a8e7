package org.samadhan.deadline;

import org.samadhan.complaint.ComplaintStatus;

/**
 * A step of a complaint's handling with its own clock, and whose job it is. When a stage's clock
 * runs out the complaint escalates one level above the stage's owner, then one level further after
 * each {@code samadhan.deadline.escalation-interval}, up to the SP.
 */
public enum Stage {

	/** In the district inbox: the IGRS cell marks it to a station. */
	MARKING,
	/** In the station inbox: the SHO assigns an investigating officer. */
	ASSIGNMENT,
	/** Assigned, under enquiry or returned: the enquiry officer's work. */
	ENQUIRY,
	/** The report waits for one level of review (each level is a stage of its own). */
	REVIEW,
	/** A special closure waits for the L-2 officer's decision. */
	SPECIAL_CLOSURE,
	/** Reopened: a supervisor must give it to a different officer. */
	REASSIGNMENT,
	/** Appealed: the ASP or SP decides. */
	APPEAL;

	/** The stage a complaint in {@code status} is in, or null when none runs. */
	static Stage of(ComplaintStatus status) {
		switch (status) {
			case DISTRICT_INBOX:
				return MARKING;
			case STATION_INBOX:
				return ASSIGNMENT;
			case ASSIGNED:
			case UNDER_ENQUIRY:
			case RETURNED:
				return ENQUIRY;
			case REPORT_SUBMITTED:
			case IN_REVIEW:
				return REVIEW;
			case SPECIAL_CLOSURE_PROPOSED:
				return SPECIAL_CLOSURE;
			case REOPENED:
				return REASSIGNMENT;
			case APPEALED:
				return APPEAL;
			default:
				return null;
		}
	}

	/** Whether the stage's clock is cut at the overall due date (the limit runs during it). */
	boolean withinLimit() {
		return this != REASSIGNMENT && this != APPEAL;
	}
}
