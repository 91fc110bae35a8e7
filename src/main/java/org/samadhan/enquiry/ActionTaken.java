package org.samadhan.enquiry;

/** What the police did about the complaint, as the report states it. */
public enum ActionTaken {
	/** A cognizable offence: an FIR was registered (its number is required). */
	FIR_REGISTERED,
	/** Preventive action or a warning to the opposite party. */
	WARNING,
	/** The parties settled through mediation. */
	MEDIATION,
	/** Property or money recovered. */
	RECOVERY,
	/** The enquiry found no offence; the complainant was told why. */
	NO_OFFENCE_FOUND,
	/** Anything else, described in the detail. */
	OTHER
}
