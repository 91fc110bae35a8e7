package org.samadhan.enquiry;

import java.time.Instant;

import org.samadhan.complaint.ComplaintView;

/**
 * A report was filed and stored: published inside the filing transaction, after the report's row
 * is written (the complaint's own SUBMIT_REPORT event comes before it, when there is no report
 * yet to read). It carries what the filing read and wrote, so that no listener reads it back:
 * {@code complaint}, as the filing left it; {@code work}, the work the report rests on (contacts,
 * visits with their photos, statements; not the earlier reports); {@code report}, the report filed.
 */
public record ReportFiled(long complaintId, String reference, long reportId, long authorId, Instant submittedAt,
		ComplaintView complaint, EnquiryFile work, EnquiryFile.Report report) {
}
