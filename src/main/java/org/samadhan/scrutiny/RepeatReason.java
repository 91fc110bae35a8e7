package org.samadhan.scrutiny;

/** Why a new complaint was linked to an earlier one. */
public enum RepeatReason {
	/** From the same mobile number, within the window. */
	SAME_MOBILE,
	/** Near-identical text about the same place, within the window. */
	SIMILAR_TEXT_AND_PLACE,
	/** Both. */
	SAME_MOBILE_AND_TEXT
}
