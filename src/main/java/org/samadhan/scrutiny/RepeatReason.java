package org.samadhan.scrutiny;

/** Why a new complaint was linked to an earlier one. */
public enum RepeatReason {
	/** From the same mobile number, within the window. */
	SAME_MOBILE,
	/**
	 * From another mobile: near-identical text of many words about the same place, within the
	 * window. Possibly the same matter told by someone else (a son, a neighbour, a scribe's copy):
	 * a hint for the reviewer, never a failed disposal.
	 */
	SIMILAR_TEXT_AND_PLACE,
	/** Both. */
	SAME_MOBILE_AND_TEXT;

	/** Whether the link says the same person complained again, not only that two texts are alike. */
	boolean sameComplainant() {
		return this != SIMILAR_TEXT_AND_PLACE;
	}
}
