package org.samadhan.reporting;

/**
 * A line of the marks sheet. Each parameter is a ratio from 0 (worst) to 1 (best) over a unit's
 * complaints of the month; its marks are {@code weight × ratio}, rounded to two decimals. "Disposed"
 * means disposed of in the month (the latest disposal, not special closures). A parameter whose
 * base is zero (nothing to judge) gets no marks and its weight is left out (see {@link Rankings}).
 */
public enum RankingParameter {

	/** Disposed on or before the due date ÷ disposed. */
	DISPOSAL_IN_TIME,
	/** 1 − defaulted in the month ÷ (disposed + defaulted in the month). */
	DEFAULTERS,
	/** Satisfied ÷ answered (satisfied + dissatisfied), of the month's disposals. */
	SATISFACTION,
	/** Reports whose contact with the complainant raised no flag (a contact that reached them, before the report) ÷ checked reports of the month's disposals. */
	CONTACT_COMPLIANCE,
	/** Reports whose site visit raised no flag (near the incident, photos agree) ÷ checked reports of the month's disposals. */
	SITE_VISIT_COMPLIANCE,
	/** (A + ½ B + 0 C) ÷ graded reports: the grade of the approval that disposed of each. */
	REPORT_GRADES,
	/** 1 − complaints reopened in the month ÷ disposed (not below 0). */
	REOPENS,
	/** 1 − disposals that had been returned at least once ÷ disposed. */
	RETURNS,
	/** Answered (satisfied or not) ÷ disposed: how many complainants were heard. */
	FEEDBACK_COVERAGE
}
