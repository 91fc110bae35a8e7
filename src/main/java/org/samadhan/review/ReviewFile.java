package org.samadhan.review;

import java.util.List;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.jurisdiction.Role;
import org.samadhan.scrutiny.CaseFlags;
import org.samadhan.scrutiny.RepeatLink;

/**
 * A reviewer's desk for one complaint: the report under review ({@code null} before one is filed),
 * the flags the detector raised on it with their evidence, the complaint's repeat links (a repeat of
 * a settled complaint says the first disposal failed), and the decisions so far.
 */
public record ReviewFile(String reference, ComplaintStatus status, Role awaitingRole, EnquiryFile.Report report,
		CaseFlags flags, List<RepeatLink> repeats, List<ReviewDecision> decisions) {
}
