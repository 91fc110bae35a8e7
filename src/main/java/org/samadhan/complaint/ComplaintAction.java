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
	REJECT_SPECIAL_CLOSURE
}
