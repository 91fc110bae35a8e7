package org.samadhan.enquiry;

import java.time.Instant;

import org.samadhan.attachment.StoredAttachment;

/**
 * A photo was stored for a site visit: published inside the upload's transaction, with what a
 * listener needs to index the photo (the complaint's place, the visit's time, the stored file).
 */
public record VisitPhotoAdded(long complaintId, String reference, Long stationId, long districtId, long visitId,
		Instant visitedAt, StoredAttachment photo, long officerId) {
}
