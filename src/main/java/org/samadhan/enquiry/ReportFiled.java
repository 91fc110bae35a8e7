package org.samadhan.enquiry;

import java.time.Instant;

import org.samadhan.complaint.ComplaintView;

/**
 * A report was filed and stored: published inside the filing transaction, after the report's row
 * is written (the complaint's own SUBMIT_REPORT event comes before it, when there is no report
 * yet to read). {@code complaint}: the complaint as the filing left it.
 */
public record ReportFiled(long complaintId, String reference, long reportId, long authorId, Instant submittedAt,
		ComplaintView complaint) {
}
