package org.samadhan.pages.citizen;

/** The feedback question's answer: satisfied or not, and why not. */
public class FeedbackForm {

	private Boolean satisfied;

	private String reason;

	public Boolean getSatisfied() {
		return satisfied;
	}

	public void setSatisfied(Boolean satisfied) {
		this.satisfied = satisfied;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
