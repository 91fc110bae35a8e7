package org.samadhan.pages.citizen;

/** The tracking and appeal forms: reference number, the one-time code, an appeal's reason. */
public class TrackForm {

	private String reference;

	private String code;

	private String reason;

	/** True when the code is asked for an appeal rather than for reading the complaint. */
	private boolean appeal;

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isAppeal() {
		return appeal;
	}

	public void setAppeal(boolean appeal) {
		this.appeal = appeal;
	}
}
