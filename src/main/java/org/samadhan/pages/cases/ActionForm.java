package org.samadhan.pages.cases;

/**
 * What an officer types into one of a complaint's forms, kept as typed (all text) so that a
 * refused form comes back as it was. Each form on a page is its own model attribute of this
 * class ({@code markForm}, {@code contactForm}, ...), so a refusal lands on the form it concerns;
 * a form uses the few fields it shows.
 */
public class ActionForm {

	private String stationCode;

	private String districtCode;

	private String office;

	private String reason;

	private String note;

	private String officerId;

	private String grade;

	private String remarks;

	private String flagOverrideReason;

	private String at;

	private String mode;

	private String outcome;

	private String latitude;

	private String longitude;

	private String accuracy;

	private String party;

	private String personName;

	private String text;

	private String findings;

	private String actionTaken;

	private String actionDetail;

	private String firNumber;

	private String nextHearingOn;

	private String pauseReason;

	private String decision;

	private String subject;

	private String courtCaseNumber;

	public String getStationCode() {
		return stationCode;
	}

	public void setStationCode(String stationCode) {
		this.stationCode = stationCode;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getOffice() {
		return office;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getOfficerId() {
		return officerId;
	}

	public void setOfficerId(String officerId) {
		this.officerId = officerId;
	}

	public String getGrade() {
		return grade;
	}

	public void setGrade(String grade) {
		this.grade = grade;
	}

	public String getRemarks() {
		return remarks;
	}

	public void setRemarks(String remarks) {
		this.remarks = remarks;
	}

	public String getFlagOverrideReason() {
		return flagOverrideReason;
	}

	public void setFlagOverrideReason(String flagOverrideReason) {
		this.flagOverrideReason = flagOverrideReason;
	}

	public String getAt() {
		return at;
	}

	public void setAt(String at) {
		this.at = at;
	}

	public String getMode() {
		return mode;
	}

	public void setMode(String mode) {
		this.mode = mode;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getLatitude() {
		return latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public String getAccuracy() {
		return accuracy;
	}

	public void setAccuracy(String accuracy) {
		this.accuracy = accuracy;
	}

	public String getParty() {
		return party;
	}

	public void setParty(String party) {
		this.party = party;
	}

	public String getPersonName() {
		return personName;
	}

	public void setPersonName(String personName) {
		this.personName = personName;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getFindings() {
		return findings;
	}

	public void setFindings(String findings) {
		this.findings = findings;
	}

	public String getActionTaken() {
		return actionTaken;
	}

	public void setActionTaken(String actionTaken) {
		this.actionTaken = actionTaken;
	}

	public String getActionDetail() {
		return actionDetail;
	}

	public void setActionDetail(String actionDetail) {
		this.actionDetail = actionDetail;
	}

	public String getFirNumber() {
		return firNumber;
	}

	public void setFirNumber(String firNumber) {
		this.firNumber = firNumber;
	}

	public String getNextHearingOn() {
		return nextHearingOn;
	}

	public void setNextHearingOn(String nextHearingOn) {
		this.nextHearingOn = nextHearingOn;
	}

	public String getPauseReason() {
		return pauseReason;
	}

	public void setPauseReason(String pauseReason) {
		this.pauseReason = pauseReason;
	}

	public String getDecision() {
		return decision;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getCourtCaseNumber() {
		return courtCaseNumber;
	}

	public void setCourtCaseNumber(String courtCaseNumber) {
		this.courtCaseNumber = courtCaseNumber;
	}

	/** The typed text, or null when nothing but spaces was typed. */
	static String text(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}
}
