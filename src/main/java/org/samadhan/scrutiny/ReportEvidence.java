package org.samadhan.scrutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.samadhan.complaint.ComplaintView;
import org.samadhan.enquiry.EnquiryFile;

/**
 * Everything the rules look at for one filed report, gathered once: the complaint, the enquiry's
 * record, the report, when the enquiry was handed to its officer, what each site photo's EXIF says,
 * the most similar other reports of the officer or station, the other complaints' photos that look
 * like this one's, and the steps of the officer's own timeline into and out of this enquiry's visits.
 */
record ReportEvidence(ComplaintView complaint, EnquiryFile file, EnquiryFile.Report report, Instant assignedAt,
		List<Photo> photos, List<SimilarReport> similar, List<ReusedPhoto> reused, List<TimelineStep> timeline,
		ZoneId zone) {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	/** A time as a reviewer reads it, in the district's zone; the same in every language. */
	String shown(Instant at) {
		return SHOWN.format(at.atZone(zone));
	}

	LocalDate reportDate() {
		return report.submittedAt().atZone(zone).toLocalDate();
	}

	/** A photo of a site visit, with the visit's logged time and position and the photo's EXIF. */
	record Photo(String attachmentId, long visitId, Instant visitedAt, GeoPoint visitPosition, PhotoExif exif) {
	}

	/** Another complaint, as a flag names it: by reference to a reader who may see it, else by its unit. */
	record OtherComplaint(long id, String reference, long unitId) {
	}

	/**
	 * A photo of this enquiry that another complaint holds too: the same file, or a picture whose
	 * perceptual hash is {@code distance} bits from it (whole picture or crop).
	 */
	record ReusedPhoto(String attachmentId, long visitId, Instant visitedAt, OtherComplaint other,
			String otherAttachmentId, Instant otherVisitedAt, boolean sameBytes, int distance) {
	}

	/**
	 * Two consecutive visits of the reporting officer, one of them this enquiry's: how far apart and
	 * how long between them.
	 */
	record TimelineStep(EnquiryVisit visit, EnquiryVisit otherVisit, OtherComplaint other, double meters,
			java.time.Duration between) {
	}

	/** A visit on the timeline: when and where. */
	record EnquiryVisit(long id, Instant at, GeoPoint position) {
	}

	/** Another report whose text resembles this one's, with the estimated similarity (0 to 1). */
	record SimilarReport(long reportId, OtherComplaint other, double similarity, boolean sameOfficer,
			boolean sameStation) {
	}
}
