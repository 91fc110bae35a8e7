package org.samadhan.pages.desk;

/** What the desk heard on one call: which button, and the complainant's reason or remarks. */
public class CallForm {

	/** SATISFIED, DISSATISFIED or NOT_REACHED: the button pressed. */
	private String outcome;

	private String reason;

	private String remarks;

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getRemarks() {
		return remarks;
	}

	public void setRemarks(String remarks) {
		this.remarks = remarks;
	}
}
