package org.samadhan.scrutiny;

/** What a report's check found; each code is one named rule's finding. */
public enum FlagCode {
	/** The report was filed within the configured time of the assignment. */
	FILED_TOO_FAST,
	/** A contact is logged with a time after the report was filed. */
	CONTACT_AFTER_REPORT,
	/** No call or visit before the report reached the complainant. */
	NO_REACHING_CONTACT,
	/** A site visit's position is far from the incident's. */
	VISIT_FAR_FROM_INCIDENT,
	/** A site-visit photo's EXIF time or position disagrees with the logged visit. */
	PHOTO_DISAGREES,
	/** The report's text is nearly identical to another report of the same officer or station. */
	TEXT_NEARLY_IDENTICAL,
	/** A hearing is fixed for a date after the report. */
	HEARING_AFTER_DISPOSAL,
	/** The complainant's mobile is missing, malformed or masked: the feedback call cannot happen. */
	MOBILE_MISSING_OR_MASKED,
	/** A site photo is already filed in another complaint: the same file, or the same picture re-encoded, resized or cropped. */
	PHOTO_REUSED,
	/** The officer's own visits, across their complaints, are too far apart for the time between them. */
	IMPOSSIBLE_TIMELINE
}
