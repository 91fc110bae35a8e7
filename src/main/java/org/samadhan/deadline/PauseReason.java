package org.samadhan.deadline;

/** The only reasons for which a complaint's clock may stand still. */
public enum PauseReason {

	/** A court has stayed the matter. */
	COURT_STAY,
	/** The complainant could not be reached after three recorded attempts. */
	COMPLAINANT_UNREACHABLE,
	/** Another agency's report is awaited (revenue, forensic lab, bank, ...). */
	OTHER_AGENCY_REPORT
}
