package org.samadhan.jurisdiction;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.samadhan.shared.MobileNumber;

/**
 * What an administrator sends to change the tree or the officers, by the API, on a page or as a
 * row of an uploaded file: the shape rules here are the ones all three check, so a field's limits
 * are stated once. A Hindi name must be written in Devanagari: a file saved in a legacy encoding
 * turns Devanagari into question marks, which is refused rather than stored.
 */
public final class AdminRequests {

	/** A username: lower-case letters, digits, dot, dash or underscore, 3 to 60 characters. */
	public static final String USERNAME = "[a-z][a-z0-9._-]{2,59}";

	/** A unit's code: capital letters, digits and underscores. */
	public static final String UNIT_CODE = "[A-Z][A-Z0-9_]{1,79}";

	/** Devanagari somewhere, and no question mark or replacement character left by a bad encoding. */
	public static final String HINDI_NAME = "(?s)(?=.*[\\u0900-\\u097F])[^?\\uFFFD]+";

	/** An Indian mobile number as stored: ten digits, the first 6 to 9. */
	public static final String MOBILE = MobileNumber.STORED;

	private AdminRequests() {
	}

	/** A new circle, station, beat or outpost under its parent (a circle under a district, …). */
	public record NewUnit(@NotNull(message = "{admin.unit.kind.required}") UnitKind kind,
			@NotBlank(message = "{admin.unit.parent.required}") @Size(max = 80, message = "{admin.unit.parent.unknown}") String parentCode,
			@Pattern(regexp = UNIT_CODE, message = "{admin.unit.code.invalid}") String code,
			@NotBlank(message = "{admin.name-en.required}") @Size(max = 200, message = "{admin.name.too-long}") String nameEn,
			@NotBlank(message = "{admin.name-hi.required}") @Size(max = 200, message = "{admin.name.too-long}") @Pattern(regexp = HINDI_NAME, message = "{admin.name-hi.devanagari}") String nameHi,
			@DecimalMin(value = "-90", message = "{admin.latitude.range}") @DecimalMax(value = "90", message = "{admin.latitude.range}") Double latitude,
			@DecimalMin(value = "-180", message = "{admin.longitude.range}") @DecimalMax(value = "180", message = "{admin.longitude.range}") Double longitude) {
	}

	/** New names or position of a unit, against the version the administrator read. */
	public record UnitChange(
			@NotBlank(message = "{admin.name-en.required}") @Size(max = 200, message = "{admin.name.too-long}") String nameEn,
			@NotBlank(message = "{admin.name-hi.required}") @Size(max = 200, message = "{admin.name.too-long}") @Pattern(regexp = HINDI_NAME, message = "{admin.name-hi.devanagari}") String nameHi,
			@DecimalMin(value = "-90", message = "{admin.latitude.range}") @DecimalMax(value = "90", message = "{admin.latitude.range}") Double latitude,
			@DecimalMin(value = "-180", message = "{admin.longitude.range}") @DecimalMax(value = "180", message = "{admin.longitude.range}") Double longitude,
			@NotNull(message = "{admin.version.required}") Integer version) {
	}

	/** Closing a unit, with the reason (e.g. the notification that merged two stations). */
	public record UnitClosure(
			@NotBlank(message = "{admin.reason.required}") @Size(max = 500, message = "{admin.reason.too-long}") String reason,
			@NotNull(message = "{admin.version.required}") Integer version) {
	}

	/**
	 * A posting: the unit, the roles held there, the day it takes effect (today or earlier: an order
	 * is entered on the day it takes effect), and the order's number. {@code version} is the
	 * officer's version the administrator read; a new officer has none.
	 */
	public record NewPosting(
			@NotBlank(message = "{admin.posting.unit.required}") @Size(max = 80, message = "{admin.posting.unit.unknown}") String unitCode,
			@NotEmpty(message = "{admin.posting.roles.required}") Set<Role> roles,
			@NotNull(message = "{admin.posting.from.required}") @PastOrPresent(message = "{admin.posting.from.future}") LocalDate from,
			@Size(max = 120, message = "{admin.order.too-long}") String orderRef, Integer version) {
	}

	/** A new officer with their first posting. They set their own password through a one-time link. */
	public record NewOfficer(
			@NotBlank(message = "{admin.username.required}") @Pattern(regexp = USERNAME, message = "{admin.username.invalid}") String username,
			@NotBlank(message = "{admin.name-en.required}") @Size(max = 120, message = "{admin.name.too-long}") String nameEn,
			@NotBlank(message = "{admin.name-hi.required}") @Size(max = 120, message = "{admin.name.too-long}") @Pattern(regexp = HINDI_NAME, message = "{admin.name-hi.devanagari}") String nameHi,
			@NotBlank(message = "{admin.rank.required}") @Size(max = 40, message = "{admin.rank.too-long}") String rank,
			@NotBlank(message = "{admin.mobile.required}") @Pattern(regexp = MOBILE, message = "{admin.mobile.invalid}") String mobile,
			@NotNull(message = "{admin.posting.required}") @Valid NewPosting posting) {
	}

	/** New details of an officer, against the version the administrator read. */
	public record OfficerChange(
			@NotBlank(message = "{admin.name-en.required}") @Size(max = 120, message = "{admin.name.too-long}") String nameEn,
			@NotBlank(message = "{admin.name-hi.required}") @Size(max = 120, message = "{admin.name.too-long}") @Pattern(regexp = HINDI_NAME, message = "{admin.name-hi.devanagari}") String nameHi,
			@NotBlank(message = "{admin.rank.required}") @Size(max = 40, message = "{admin.rank.too-long}") String rank,
			@NotBlank(message = "{admin.mobile.required}") @Pattern(regexp = MOBILE, message = "{admin.mobile.invalid}") String mobile,
			@NotNull(message = "{admin.version.required}") Integer version) {
	}

	/** Suspending or deactivating an officer: why, by which order, against the version read. */
	public record Relief(
			@NotBlank(message = "{admin.reason.required}") @Size(max = 500, message = "{admin.reason.too-long}") String reason,
			@Size(max = 120, message = "{admin.order.too-long}") String orderRef,
			@NotNull(message = "{admin.version.required}") Integer version) {
	}
}
