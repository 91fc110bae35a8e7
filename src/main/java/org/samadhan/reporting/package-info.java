/**
 * Read models for the supervisors' dashboards, the lists behind every figure, the review-meeting
 * pack (गोष्ठी) and the monthly ranking; nothing depends on it. A projection of its own
 * ({@code reporting_case}, one row per complaint, and daily counts for the trends) is kept current
 * by listeners on the other modules' events in the same transaction as each change, so a dashboard
 * never scans another module's tables. Every figure carries the {@link org.samadhan.reporting.CaseFilter}
 * that lists the complaints behind it, and everything is scoped to the viewer's posting. A month's
 * ranking is computed live while the month runs and frozen into snapshot tables once it is over;
 * a frozen month is served from the snapshot only. Lists and the ranking export as CSV and XLSX,
 * the meeting pack as PDF with shaped Devanagari.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint",
		"deadline", "scrutiny", "review" })
package org.samadhan.reporting;
