package org.samadhan.enquiry;

import java.time.Instant;

/** A site visit as logged, with its complaint: one point of an officer's timeline. */
public record LoggedVisit(long visitId, long complaintId, long officerId, Instant visitedAt, double latitude,
		double longitude, Double accuracyMeters) {
}
