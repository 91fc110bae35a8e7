package org.samadhan.intake;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.samadhan.complaint.Channel;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A complaint as a citizen or an operator submits it, by the API or on a page: the shape rules
 * here are the ones both check ({@code @Valid} on the API, {@code Validator} on a page). The description is kept exactly as sent
 * (up to 4,000 characters, Hindi or English). Units are named by code (e.g. {@code RAMPUR},
 * {@code RAMPUR_KOTWALI}); a station named is the complainant's suggestion, kept for the IGRS
 * cell. The last two fields are about the monthly limit, not the complaint ({@link MonthlyLimit}).
 */
public record RegistrationRequest(
		/** How it was received; an operator must say, a citizen on the portal need not. */
		Channel channel,
		@NotBlank(message = "{intake.category.required}") @Size(max = 40, message = "{intake.category.required}") String categoryCode,
		@NotNull(message = "{intake.complainant.required}") @Valid Complainant complainant,
		@Valid Victim victim,
		@NotBlank(message = "{intake.description.required}") @MaxCharacters(value = 4000, message = "{intake.description.too-long}") String description,
		@PastOrPresent(message = "{intake.incident-date.future}") LocalDate incidentDate,
		@NotBlank(message = "{intake.incident-address.required}") @Size(max = 500, message = "{intake.address.too-long}") String incidentAddress,
		@DecimalMin(value = "-90", message = "{intake.latitude.range}") @DecimalMax(value = "90", message = "{intake.latitude.range}") Double incidentLatitude,
		@DecimalMin(value = "-180", message = "{intake.longitude.range}") @DecimalMax(value = "180", message = "{intake.longitude.range}") Double incidentLongitude,
		@NotBlank(message = "{intake.district.required}") @Size(max = 80, message = "{intake.district.required}") String districtCode,
		@Schema(description = "Optional: the code of a police station of the district (e.g. RAMPUR_KOTWALI) that the "
				+ "complainant suggests. It is kept with the complaint and preselected for the IGRS cell, who mark it "
				+ "to a station; it does not route the complaint (a portal complaint still goes to the district's "
				+ "inbox first). A station of another district is refused with 400 and errors[].field stationCode, "
				+ "and nothing is stored.", example = "RAMPUR_KOTWALI")
		@Size(max = 80, message = "{intake.station.unknown}") String stationCode,
		/** On the portal, the one-time code sent to the complainant's mobile, once the portal asks for it. */
		@Pattern(regexp = "\\s*[0-9]{6}\\s*", message = "{intake.mobile-code.wrong}") String mobileCode,
		/** An officer registering past the number's monthly limit says why; the history keeps it. */
		@Size(max = 500, message = "{intake.limit-override.too-long}") String limitOverrideReason) {

	public record Complainant(
			@NotBlank(message = "{intake.name.required}") @Size(max = 120, message = "{intake.name.too-long}") String name,
			@NotBlank(message = "{intake.mobile.required}") @Pattern(regexp = "[6-9][0-9]{9}", message = "{intake.mobile.invalid}") String mobile,
			@Size(max = 500, message = "{intake.address.too-long}") String address,
			@Email(message = "{intake.email.invalid}") @Size(max = 200, message = "{intake.email.invalid}") String email) {
	}

	public record Victim(
			@NotBlank(message = "{intake.name.required}") @Size(max = 120, message = "{intake.name.too-long}") String name,
			@Pattern(regexp = "[6-9][0-9]{9}", message = "{intake.mobile.invalid}") String mobile,
			@Size(max = 500, message = "{intake.address.too-long}") String address) {
	}
}
