package org.samadhan.complaint;

/**
 * What can be done to a complaint. {@link ComplaintStatus} says from which status each action is
 * allowed and where it leads; the aggregate's verbs say who may do it.
 */
public enum ComplaintAction {

	/** The complaint is received: the first history row, from no status to REGISTERED. */
	REGISTER,

	/** Samadhan routes a new complaint to its district's inbox. */
	ROUTE_TO_DISTRICT,
	/** Samadhan routes a new complaint straight to a known station (channels that allow it). */
	ROUTE_TO_STATION,
	/** The IGRS cell marks an unmarked complaint to a police station. */
	MARK_TO_STATION,
	/** The SHO sends a wrongly marked complaint back to the district inbox, with a reason. */
	SEND_BACK_TO_DISTRICT,
	/** The IGRS cell sends it to the inbox of the district where it belongs. */
	TRANSFER_TO_DISTRICT,
	/** The IGRS cell sends it out of police remit to a named office. */
	TRANSFER_OUT,
	/** The SHO gives it to an investigating officer of the station. */
	ASSIGN,
	/** The enquiry officer records the first piece of work (or resumes after a return). */
	START_ENQUIRY,
	/** The enquiry officer files the report. */
	SUBMIT_REPORT,
	/** A reviewer approves and passes the report to the next level. */
	FORWARD,
	/** The last reviewer approves: the complaint is disposed of. */
	DISPOSE,
	/** A reviewer sends the report back with a written reason. */
	RETURN_FOR_ENQUIRY,
	/** The enquiry officer proposes special closure as a prohibited subject. */
	PROPOSE_SPECIAL_CLOSURE,
	/** The L-2 officer approves the special closure. */
	APPROVE_SPECIAL_CLOSURE,
	/** The L-2 officer refuses the special closure; the enquiry goes on. */
	REJECT_SPECIAL_CLOSURE,
	/** Samadhan asks the complainant for their word, at once on disposal. */
	REQUEST_FEEDBACK,
	/** The complainant says they are satisfied (by the link, or to the feedback desk). */
	RECORD_SATISFIED,
	/** The complainant says they are dissatisfied, with a reason: the complaint is reopened. */
	RECORD_DISSATISFIED,
	/** The feedback desk could not reach the complainant after the recorded attempts. */
	CLOSE_WITHOUT_FEEDBACK,
	/** A supervisor gives a reopened complaint to a different investigating officer. */
	REASSIGN,
	/**
	 * The SHO, or anyone above in the chain, hands an open enquiry to another investigating officer
	 * of the station, with a written reason: the officer was transferred, suspended or is
	 * overloaded. The new officer starts with their own first piece of work.
	 */
	HAND_OVER,
	/** The complainant appeals against the closure, within the appeal window. */
	APPEAL,
	/** The ASP or SP dismisses the appeal: the closure stands. */
	UPHOLD_CLOSURE,
	/** The ASP or SP allows the appeal: the complaint is reopened. */
	REOPEN_ON_APPEAL,

	// Facts: recorded in the history without changing the status.

	/** The enquiry officer asks to stop the clock, for a listed reason. */
	PAUSE_REQUESTED(true, false),
	/** A supervisor approved the pause: the clock stopped. */
	CLOCK_PAUSED(true, true),
	/** A supervisor refused the pause. */
	PAUSE_REFUSED(true, false),
	/** The clock runs again; the due date moved by the days it stood still. */
	CLOCK_RESUMED(true, true),
	/** The officers holding it were warned that the time limit is near. */
	DEADLINE_NEAR(true, false),
	/** A stage clock ran out: the complaint was escalated one level up the chain of command. */
	ESCALATED(true, false),
	/** The time limit passed before disposal: the complaint is a defaulter (डिफाल्टर). */
	DEFAULTED(true, false),
	/** The complaint was linked to an earlier one from the same person or about the same matter. */
	LINKED_AS_REPEAT(true, false),
	/** The feedback desk recorded a call that did not reach the complainant. */
	FEEDBACK_CALL_UNANSWERED(true, false),
	/**
	 * The review level a report would go to was passed over because the report's author holds it
	 * (an SHO who is also the station's IO): nobody reviews their own report, so the next level up
	 * reviews it.
	 */
	REVIEW_LEVEL_PASSED_OVER(true, false),
	/** A reviewer approved a report despite its quality flags, with a written reason. */
	FLAGS_OVERRIDDEN(true, false),
	/**
	 * The officer holding the enquiry left the post (transferred, suspended, deactivated): the
	 * enquiry waits on the station's "to reassign" list for another officer.
	 */
	ENQUIRY_RELEASED(true, false),
	/** An officer registered it past the mobile number's monthly limit, with a written reason. */
	LIMIT_OVERRIDDEN(true, false);

	private final boolean fact;

	private final boolean shownToCitizen;

	ComplaintAction() {
		this(false, true);
	}

	ComplaintAction(boolean fact, boolean shownToCitizen) {
		this.fact = fact;
		this.shownToCitizen = shownToCitizen;
	}

	/** A fact about the complaint that the history records without a change of status. */
	public boolean isFact() {
		return fact;
	}

	/** Whether the step is on the complainant's own timeline. */
	public boolean isShownToCitizen() {
		return shownToCitizen;
	}
}
