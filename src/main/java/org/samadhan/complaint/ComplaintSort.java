package org.samadhan.complaint;

/** The order of a complaint list. */
public enum ComplaintSort {

	/** The most recently registered first (the default). */
	NEWEST,
	/** The longest waiting first. */
	OLDEST,
	/** The earliest due date first (past due ones at the top); complaints without a due date last. */
	DUE_SOONEST
}
