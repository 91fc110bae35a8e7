package org.samadhan.review;

/** Why a complaint may be specially closed instead of disposed of by enquiry. */
public enum ProhibitedSubject {
	/** The matter is before a court (the case number is required). */
	MATTER_IN_COURT,
	/** A civil dispute outside police remit. */
	CIVIL_DISPUTE,
	/** Anonymous, or found false on enquiry. */
	FALSE_OR_ANONYMOUS
}
