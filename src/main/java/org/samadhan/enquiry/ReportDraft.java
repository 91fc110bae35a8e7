package org.samadhan.enquiry;

/** The report as the officer files it: findings and the action taken (with the FIR number for an FIR). */
public record ReportDraft(String findings, ActionTaken actionTaken, String actionDetail, String firNumber) {
}
