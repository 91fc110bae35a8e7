package org.samadhan.deadline;

/** How the days of a time limit are counted. */
public enum Counting {

	/**
	 * Every day counts. A limit whose last day falls on a Sunday or a gazetted holiday ends on the
	 * next working day (as section 10 of the General Clauses Act, 1897, has it for acts to be done
	 * in an office that is closed on the last day).
	 */
	CALENDAR,
	/** Only working days count: not Sundays, not gazetted holidays. */
	WORKING
}
