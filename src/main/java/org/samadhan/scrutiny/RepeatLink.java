package org.samadhan.scrutiny;

import java.time.Instant;

import org.samadhan.complaint.ComplaintStatus;

/**
 * A link between a complaint and another: {@code otherReference} is the other complaint's
 * reference, or null when it lies outside the reader's posting. {@code failedDisposal} marks a
 * repeat that came after the earlier complaint was disposed or closed: the first disposal did not
 * settle the matter.
 *
 * @param role whether the other complaint is the EARLIER one (this is the repeat) or the LATER one
 * (a repeat of this)
 * @param similarity the text similarity (0 to 1) when the text matched
 * @param distanceMeters between the incident places, when both had coordinates
 * @param earlierStatus the earlier complaint's status when the repeat came
 * @param summary the link as a sentence in the reader's language
 */
public record RepeatLink(String otherReference, Other role, RepeatReason reason, Double similarity,
		Double distanceMeters, ComplaintStatus earlierStatus, boolean failedDisposal, Instant linkedAt,
		String summary) {

	public enum Other {
		/** The other complaint came first: this one repeats it. */
		EARLIER,
		/** The other complaint came later and repeats this one. */
		LATER
	}
}
