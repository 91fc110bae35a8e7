package org.samadhan.enquiry;

/** Whose statement (बयान) it is. */
public enum Party {
	/** The complainant or victim. */
	COMPLAINANT,
	/** The other side (प्रतिपक्ष). */
	OPPOSITE_PARTY,
	/** A witness. */
	WITNESS
}
