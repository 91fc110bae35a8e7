package org.samadhan.enquiry;

import java.time.LocalDate;

/**
 * The report as the officer files it: findings and the action taken (with the FIR number for an
 * FIR), and the next hearing date when the matter has one fixed (a mediation sitting, a date before
 * a magistrate). A hearing still to come is a sign the matter is not over; the scrutiny module
 * flags it.
 */
public record ReportDraft(String findings, ActionTaken actionTaken, String actionDetail, String firNumber,
		LocalDate nextHearingOn) {

	/** A report with no hearing date. */
	public ReportDraft(String findings, ActionTaken actionTaken, String actionDetail, String firNumber) {
		this(findings, actionTaken, actionDetail, firNumber, null);
	}
}
