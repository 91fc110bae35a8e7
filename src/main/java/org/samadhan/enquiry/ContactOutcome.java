package org.samadhan.enquiry;

/** What came of a contact attempt. */
public enum ContactOutcome {
	/** The complainant or victim was reached and heard. */
	REACHED,
	/** No answer, switched off, not at home. */
	UNREACHABLE,
	/** Reached but would not speak. */
	REFUSED
}
