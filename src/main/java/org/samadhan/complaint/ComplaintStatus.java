package org.samadhan.complaint;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.samadhan.complaint.ComplaintAction.*;

/**
 * Where a complaint is in its life; it is in exactly one. The table below is the only statement
 * of which action may move it from where to where. Escalation and defaulting are facts about
 * time, not statuses: they are recorded as {@link ComplaintAction#isFact() facts} in the history.
 */
public enum ComplaintStatus {

	/** Just received; routed at once to a district or station inbox. */
	REGISTERED,
	/** Unmarked in the district's inbox (डाक पैड), waiting for the IGRS cell. */
	DISTRICT_INBOX,
	/** Marked to a police station, waiting for the SHO to assign an officer. */
	STATION_INBOX,
	/** Given to an investigating officer who has not yet recorded any work. */
	ASSIGNED,
	/** The officer is recording contacts, visits and statements. */
	UNDER_ENQUIRY,
	/** The report (आख्या) is filed and waits for the first reviewer. */
	REPORT_SUBMITTED,
	/** At least one reviewer approved; it waits for the next level of the chain. */
	IN_REVIEW,
	/** A reviewer sent the report back with a written reason; new work must be recorded before it is filed again. */
	RETURNED,
	/** The final reviewer approved the report (निस्तारित); the complainant is asked at once. */
	DISPOSED,
	/** Disposed; waiting for the complainant's word, by the SMS link or the feedback desk's call. */
	FEEDBACK_PENDING,
	/** The complainant said they are satisfied, or an appeal against the closure was dismissed. */
	CLOSED,
	/** The complainant could not be reached after the recorded attempts. */
	CLOSED_NO_FEEDBACK,
	/** Dissatisfied, or an appeal was allowed: a supervisor must give it to a different officer. */
	REOPENED,
	/** The complainant appealed against the closure; the ASP or SP decides. */
	APPEALED,
	/** The officer proposes closing it as a prohibited subject; the L-2 officer decides. */
	SPECIAL_CLOSURE_PROPOSED,
	/** Closed as a prohibited subject, with evidence, by the L-2 officer. */
	SPECIAL_CLOSED,
	/** Sent out of police remit to a named office; never closed as "does not pertain". */
	TRANSFERRED;

	private static final Map<ComplaintStatus, Map<ComplaintAction, ComplaintStatus>> TABLE = new EnumMap<>(
			ComplaintStatus.class);

	static {
		move(REGISTERED, ROUTE_TO_DISTRICT, DISTRICT_INBOX);
		move(REGISTERED, ROUTE_TO_STATION, STATION_INBOX);
		move(DISTRICT_INBOX, MARK_TO_STATION, STATION_INBOX);
		move(DISTRICT_INBOX, TRANSFER_TO_DISTRICT, DISTRICT_INBOX);
		move(DISTRICT_INBOX, TRANSFER_OUT, TRANSFERRED);
		move(STATION_INBOX, SEND_BACK_TO_DISTRICT, DISTRICT_INBOX);
		move(STATION_INBOX, ASSIGN, ASSIGNED);
		move(ASSIGNED, START_ENQUIRY, UNDER_ENQUIRY);
		move(ASSIGNED, PROPOSE_SPECIAL_CLOSURE, SPECIAL_CLOSURE_PROPOSED);
		move(UNDER_ENQUIRY, SUBMIT_REPORT, REPORT_SUBMITTED);
		move(UNDER_ENQUIRY, PROPOSE_SPECIAL_CLOSURE, SPECIAL_CLOSURE_PROPOSED);
		move(REPORT_SUBMITTED, FORWARD, IN_REVIEW);
		move(REPORT_SUBMITTED, DISPOSE, DISPOSED);
		move(REPORT_SUBMITTED, RETURN_FOR_ENQUIRY, RETURNED);
		move(IN_REVIEW, FORWARD, IN_REVIEW);
		move(IN_REVIEW, DISPOSE, DISPOSED);
		move(IN_REVIEW, RETURN_FOR_ENQUIRY, RETURNED);
		move(RETURNED, START_ENQUIRY, UNDER_ENQUIRY);
		move(RETURNED, PROPOSE_SPECIAL_CLOSURE, SPECIAL_CLOSURE_PROPOSED);
		move(SPECIAL_CLOSURE_PROPOSED, APPROVE_SPECIAL_CLOSURE, SPECIAL_CLOSED);
		move(SPECIAL_CLOSURE_PROPOSED, REJECT_SPECIAL_CLOSURE, UNDER_ENQUIRY);
		move(DISPOSED, REQUEST_FEEDBACK, FEEDBACK_PENDING);
		move(FEEDBACK_PENDING, RECORD_SATISFIED, CLOSED);
		move(FEEDBACK_PENDING, RECORD_DISSATISFIED, REOPENED);
		move(FEEDBACK_PENDING, CLOSE_WITHOUT_FEEDBACK, CLOSED_NO_FEEDBACK);
		move(REOPENED, REASSIGN, ASSIGNED);
		move(ASSIGNED, HAND_OVER, ASSIGNED);
		move(UNDER_ENQUIRY, HAND_OVER, ASSIGNED);
		move(RETURNED, HAND_OVER, ASSIGNED);
		move(CLOSED, APPEAL, APPEALED);
		move(CLOSED_NO_FEEDBACK, APPEAL, APPEALED);
		move(SPECIAL_CLOSED, APPEAL, APPEALED);
		move(APPEALED, UPHOLD_CLOSURE, CLOSED);
		move(APPEALED, REOPEN_ON_APPEAL, REOPENED);
	}

	private static void move(ComplaintStatus from, ComplaintAction action, ComplaintStatus to) {
		TABLE.computeIfAbsent(from, s -> new EnumMap<>(ComplaintAction.class)).put(action, to);
	}

	/** The status {@code action} leads to from here, or empty when the table has no such move. */
	public Optional<ComplaintStatus> after(ComplaintAction action) {
		return Optional.ofNullable(TABLE.getOrDefault(this, Map.of()).get(action));
	}

	/** The actions the table allows from here. */
	public Set<ComplaintAction> actions() {
		return Collections.unmodifiableSet(TABLE.getOrDefault(this, Map.of()).keySet());
	}

	/** Whether some action leads from here to {@code target}. */
	public boolean canMoveTo(ComplaintStatus target) {
		return TABLE.getOrDefault(this, Map.of()).containsValue(target);
	}

	/**
	 * The statuses of an open enquiry, which an officer holds or waits for: those the table lets the
	 * station's chain hand over to another officer ({@link ComplaintAction#HAND_OVER}).
	 */
	public static Set<ComplaintStatus> openEnquiry() {
		Set<ComplaintStatus> open = EnumSet.noneOf(ComplaintStatus.class);
		for (ComplaintStatus status : values()) {
			if (status.after(ComplaintAction.HAND_OVER).isPresent()) {
				open.add(status);
			}
		}
		return Collections.unmodifiableSet(open);
	}

	/** Statuses no action leaves: the complaint's handling by police is over. */
	public boolean isFinal() {
		return actions().isEmpty() && this != REGISTERED;
	}

	/**
	 * Whether the police's work on it is done for now: disposed or closed in any way. A closed
	 * complaint may still be appealed, and a disposed one reopened by the complainant's word.
	 */
	public boolean isSettled() {
		return this == DISPOSED || this == FEEDBACK_PENDING || this == CLOSED || this == CLOSED_NO_FEEDBACK
				|| this == APPEALED || this == SPECIAL_CLOSED || isFinal();
	}
}
