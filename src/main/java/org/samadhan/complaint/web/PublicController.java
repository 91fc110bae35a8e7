package org.samadhan.complaint.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.samadhan.complaint.Categories;
import org.samadhan.complaint.Category;
import org.samadhan.complaint.CitizenAccess;
import org.samadhan.complaint.CitizenView;
import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.shared.Label;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What a citizen can do without an account: list categories, ask for a one-time code, and read
 * their complaint with it. A mistyped reference (check digit) is told apart from an unknown one;
 * an unknown one and a wrong code look the same.
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "Citizen", description = "Tracking one's own complaint with a one-time code")
class PublicController {

	private final CitizenAccess citizens;

	private final Categories categories;

	private final MessageSource messages;

	PublicController(CitizenAccess citizens, Categories categories, MessageSource messages) {
		this.citizens = citizens;
		this.categories = categories;
		this.messages = messages;
	}

	@GetMapping("/categories")
	@Operation(summary = "The complaint categories, with Hindi and English names", security = {})
	List<Category> categories() {
		return categories.all();
	}

	@PostMapping("/complaints/{reference}/code")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a one-time code to the complaint's registered mobile (answers the same whether or not it exists)", security = {})
	void requestCode(@PathVariable String reference, HttpServletRequest request) {
		citizens.requestCode(ReferenceNumber.parse(reference), request.getRemoteAddr());
	}

	/**
	 * A code that proves the mobile, asked for when the portal refuses a filing with
	 * MOBILE_NOT_PROVEN; the filing is then sent again with it as {@code mobileCode}.
	 */
	@PostMapping("/mobile-codes")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send a one-time code to a mobile, to file past the limit for filings that have not proved the number", security = {})
	void requestMobileCode(@Valid @RequestBody MobileCodeRequest body, HttpServletRequest request) {
		citizens.requestMobileCode(body.mobile(), request.getRemoteAddr());
	}

	@PostMapping("/complaints/{reference}/view")
	@Operation(summary = "Read one's complaint with the one-time code; the code is used up", security = {})
	TrackedComplaint view(@PathVariable String reference, @Valid @RequestBody CodeRequest request, Locale locale) {
		CitizenView view = citizens.read(ReferenceNumber.parse(reference), request.code());
		Category category = categories.find(view.categoryCode()).orElseThrow();
		return new TrackedComplaint(view.reference(), view.status(),
				messages.getMessage(Label.of("status", view.status()), locale), category.name(locale),
				view.outsideOffice(), view.registeredAt(), view.dueOn(), view.clockPaused(),
				view.timeline()
					.stream()
					.map(step -> new TrackedComplaint.Step(step.at(), step.action(), step.status(),
							messages.getMessage("citizen.step." + step.action().name(), null, locale)))
					.toList());
	}

	/**
	 * The citizen's view of their complaint, with every step told in their language, and the date
	 * by which it is due (null until worked out; {@code clockPaused} while an approved pause holds).
	 */
	record TrackedComplaint(String reference, ComplaintStatus status, String statusText, String category,
			String outsideOffice, Instant registeredAt, LocalDate dueOn, boolean clockPaused, List<Step> timeline) {

		record Step(Instant at, ComplaintAction action, ComplaintStatus status, String text) {
		}
	}

	record MobileCodeRequest(@NotBlank(message = "{intake.mobile.required}") @Pattern(regexp = "[6-9][0-9]{9}", message = "{intake.mobile.invalid}") String mobile) {
	}

	record CodeRequest(@NotBlank(message = "{citizen.code.required}") @Pattern(regexp = "\\s*[0-9]{6}\\s*", message = "{citizen.code.invalid}") String code) {
	}
}
