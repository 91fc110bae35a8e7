package org.samadhan.feedback.web;

import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.feedback.Appeals;
import org.samadhan.feedback.FeedbackLinks;
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
 * What a complainant does without an account after a disposal: read what the SMS link is about,
 * answer it once, and appeal against a closure with a one-time code. A used, expired and forged
 * link are told apart from nothing: all are "not found".
 */
@RestController
@RequestMapping("/api/public")
@Tag(name = "Citizen feedback", description = "Answering the feedback link; appealing against a closure")
class PublicFeedbackController {

	private final FeedbackLinks links;

	private final Appeals appeals;

	private final MessageSource messages;

	PublicFeedbackController(FeedbackLinks links, Appeals appeals, MessageSource messages) {
		this.links = links;
		this.appeals = appeals;
		this.messages = messages;
	}

	@GetMapping("/feedback/{code}")
	@Operation(summary = "What a feedback link is about: the reference, where the complaint is, the action taken", security = {})
	LinkAnswer read(@PathVariable String code, HttpServletRequest request, Locale locale) {
		return answer(links.read(code, request.getRemoteAddr()), locale);
	}

	@PostMapping("/feedback/{code}")
	@Operation(summary = "Answer the feedback link, once: satisfied closes the complaint, dissatisfied (with a reason) reopens it", security = {})
	LinkAnswer answer(@PathVariable String code, @Valid @RequestBody FeedbackRequest body, HttpServletRequest request,
			Locale locale) {
		return answer(links.answer(code, body.satisfied(), body.reason(), request.getRemoteAddr()), locale);
	}

	@PostMapping("/complaints/{reference}/appeal")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Appeal against the closure within the window, with a one-time code sent to the registered mobile", security = {})
	AppealReceived appeal(@PathVariable String reference, @Valid @RequestBody AppealRequest body, Locale locale) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		Appeals.Appeal appeal = appeals.appeal(number, body.code().strip(), body.reason());
		return new AppealReceived(number.value(), ComplaintStatus.APPEALED,
				messages.getMessage(Label.of("status", ComplaintStatus.APPEALED), locale), appeal.appealedAt());
	}

	private LinkAnswer answer(FeedbackLinks.LinkView view, Locale locale) {
		return new LinkAnswer(view.reference(), view.status(), messages.getMessage(Label.of("status", view.status()), locale),
				messages.getMessage(view.outcome(), locale), view.disposedAt());
	}

	/** The link's complaint as its complainant may see it: nothing the SMS did not say. */
	record LinkAnswer(String reference, ComplaintStatus status, String statusText, String actionTaken,
			Instant disposedAt) {
	}

	record FeedbackRequest(@NotNull(message = "{feedback.call.satisfied-required}") Boolean satisfied,
			@Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}

	record AppealRequest(
			@NotBlank(message = "{citizen.code.required}") @Pattern(regexp = "\\s*[0-9]{6}\\s*", message = "{citizen.code.invalid}") String code,
			@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}

	record AppealReceived(String reference, ComplaintStatus status, String statusText, Instant appealedAt) {
	}
}
