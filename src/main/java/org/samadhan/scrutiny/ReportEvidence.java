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
 * and the most similar other reports of the officer or station.
 */
record ReportEvidence(ComplaintView complaint, EnquiryFile file, EnquiryFile.Report report, Instant assignedAt,
		List<Photo> photos, List<SimilarReport> similar, ZoneId zone) {

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

	/** Another report whose text resembles this one's, with the estimated similarity (0 to 1). */
	record SimilarReport(long reportId, String reference, double similarity, boolean sameOfficer, boolean sameStation) {
	}
}
