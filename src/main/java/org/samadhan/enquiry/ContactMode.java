package org.samadhan.enquiry;

/** How the officer reached out to the complainant. */
public enum ContactMode {
	/** A telephone call. */
	CALL,
	/** In person. */
	VISIT,
	/** A text message. */
	SMS
}
