package org.samadhan.pages.citizen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import org.samadhan.intake.RegistrationRequest;
import org.samadhan.shared.MobileNumber;

/**
 * What the citizen types on the complaint form, kept as typed (all text) so that a refused form
 * comes back exactly as it was. It becomes intake's {@link RegistrationRequest}, whose rules the
 * page checks, as the API does.
 */
public class FilingForm {

	/**
	 * Which form field each of the request's fields (and intake's refusals) stands for. The
	 * complainant is always present on this form, so {@code complainant} itself never fails.
	 */
	public static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("categoryCode", "categoryCode"),
			Map.entry("complainant.name", "name"), Map.entry("complainant.mobile", "mobile"),
			Map.entry("complainant.address", "address"), Map.entry("complainant.email", "email"),
			Map.entry("description", "description"), Map.entry("incidentDate", "incidentDate"),
			Map.entry("incidentAddress", "incidentAddress"), Map.entry("districtCode", "districtCode"),
			Map.entry("districtId", "districtCode"), Map.entry("stationCode", "stationCode"),
			Map.entry("stationId", "stationCode"), Map.entry("file", "files"), Map.entry("files", "files"),
			Map.entry("mobileCode", "mobileCode"), Map.entry("limitOverrideReason", "limitOverrideReason"));

	private String categoryCode;

	private String name;

	private String mobile;

	private String address;

	private String email;

	private String description;

	private String incidentDate;

	private String incidentAddress;

	private String districtCode;

	private String stationCode;

	/** The code sent to the mobile, once the portal asks for one (see intake's monthly limit). */
	private String mobileCode;

	/** An officer's reason to register past the number's monthly limit. */
	private String limitOverrideReason;

	/** Made when the empty form is shown; a second submit of the same form registers nothing new. */
	private String idempotencyKey = UUID.randomUUID().toString();

	/** The request intake checks; a date that is not a date is the caller's to report. */
	RegistrationRequest toRequest() {
		return toRequest(null);
	}

	/** The request as an operator enters it, saying how the complaint was received. */
	public RegistrationRequest toRequest(org.samadhan.complaint.Channel channel) {
		return new RegistrationRequest(channel, blankToNull(categoryCode),
				new RegistrationRequest.Complainant(blankToNull(name), digits(mobile), blankToNull(address),
						blankToNull(email)),
				null, blankToNull(description), date(), blankToNull(incidentAddress), null, null,
				blankToNull(districtCode), blankToNull(stationCode), blankToNull(mobileCode),
				blankToNull(limitOverrideReason));
	}

	public boolean hasUnreadableDate() {
		try {
			date();
			return false;
		}
		catch (DateTimeParseException ex) {
			return true;
		}
	}

	private LocalDate date() {
		String typed = blankToNull(incidentDate);
		return typed == null ? null : LocalDate.parse(typed);
	}

	/** People write mobile numbers with spaces, a leading 0 or +91; intake wants the ten digits. */
	public static String digits(String typed) {
		return MobileNumber.tenDigitsOf(typed);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * The documents travel as multipart parts beside the form, and are not kept when it comes back
	 * (a browser cannot refill a file input); the property exists so a refused file has a place
	 * for its message.
	 */
	public String getFiles() {
		return null;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getMobile() {
		return mobile;
	}

	public void setMobile(String mobile) {
		this.mobile = mobile;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getIncidentDate() {
		return incidentDate;
	}

	public void setIncidentDate(String incidentDate) {
		this.incidentDate = incidentDate;
	}

	public String getIncidentAddress() {
		return incidentAddress;
	}

	public void setIncidentAddress(String incidentAddress) {
		this.incidentAddress = incidentAddress;
	}

	public String getDistrictCode() {
		return districtCode;
	}

	public void setDistrictCode(String districtCode) {
		this.districtCode = districtCode;
	}

	public String getStationCode() {
		return stationCode;
	}

	public void setStationCode(String stationCode) {
		this.stationCode = stationCode;
	}

	public String getIdempotencyKey() {
		return idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

	public String getMobileCode() {
		return mobileCode;
	}

	public void setMobileCode(String mobileCode) {
		this.mobileCode = mobileCode;
	}

	public String getLimitOverrideReason() {
		return limitOverrideReason;
	}

	public void setLimitOverrideReason(String limitOverrideReason) {
		this.limitOverrideReason = limitOverrideReason;
	}
}
