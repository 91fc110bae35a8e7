package org.samadhan.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervisor's dashboard for one unit within their posting (or an enquiry officer's own cases).
 * Pending figures are as of {@code today}; the quality figures count the complaints disposed
 * (latest disposal) between {@code from} and {@code to}, and what became of them.
 *
 * @param pendingByAge pending by days since registration: 0–7, 8–15, 16–30, over 30
 * @param disposedInTime disposals on or before the due date, of all disposals in the period
 * @param satisfaction satisfied, of those who answered
 * @param feedbackCoverage answered (satisfied or not), of all disposals in the period
 * @param pending complaints registered and not yet disposed of, closed or transferred out, as of today
 * @param notAtStation of the pending, those still in the district office (not yet marked to a
 *        station), which no station line shows; null when there are none or stations are not listed
 * @param notAssigned of the pending, those no enquiry officer holds yet (at a station, or not yet
 *        at one), which no officer line shows; null when there are none or officers are not listed.
 *        The station lines and {@code notAtStation} add up to {@code pending}, and so do the
 *        officer lines and {@code notAssigned}.
 * @param weekly the last 12 weeks, oldest first; {@code monthly} the last 12 months
 */
public record Dashboard(UnitRef unit, LocalDate today, LocalDate from, LocalDate to, Figure pending,
		List<Figure> pendingByAge, Figure nearDefault, Figure defaulters, Figure escalated, Figure disposed,
		Share disposedInTime, Share satisfaction, Share feedbackCoverage, Figure dissatisfied, Figure noFeedback,
		Figure reopened, Figure returned, Figure specialClosed, Figure flagged, Figure flaggedPending,
		List<PendingLine> byDistrict, List<PendingLine> byStation, List<PendingLine> byOfficer,
		PendingRest notAtStation, PendingRest notAssigned, List<TrendPoint> weekly, List<TrendPoint> monthly) {
}
