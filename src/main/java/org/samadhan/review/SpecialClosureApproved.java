package org.samadhan.review;

/**
 * A special closure was approved: the complainant is told why, and how to appeal. Carries what the
 * message needs, so that no listener reads the complaint back.
 */
public record SpecialClosureApproved(long complaintId, String reference, String mobile, ProhibitedSubject subject,
		long closureId) {
}
