package org.samadhan.review;

import org.samadhan.jurisdiction.Role;

/** A reviewer decided on a report at their level, with a grade; published in the decision's transaction. */
public record ReportReviewed(long complaintId, long reportId, Role level, ReviewDecision.Verdict verdict, Grade grade) {
}
