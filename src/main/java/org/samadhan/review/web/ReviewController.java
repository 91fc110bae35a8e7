package org.samadhan.review.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.samadhan.complaint.ComplaintView;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.review.Grade;
import org.samadhan.review.ProhibitedSubject;
import org.samadhan.review.ReviewDecision;
import org.samadhan.review.ReviewFile;
import org.samadhan.review.Reviews;
import org.samadhan.review.SpecialClosure;
import org.samadhan.shared.ReferenceNumber;
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

@RestController
@RequestMapping("/api/complaints/{reference}")
@Tag(name = "Review", description = "Approving, grading and returning reports; special closure")
class ReviewController {

	private final Reviews reviews;

	ReviewController(Reviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping("/review/approve")
	@Operation(summary = "The awaited review level approves the report with a grade; the last level disposes of the complaint. "
			+ "A flagged report needs flagOverrideReason (refused with 422 and the flags listed without it)")
	ComplaintView approve(@PathVariable String reference, @Valid @RequestBody ApproveRequest request, Actor actor) {
		return reviews.approve(ReferenceNumber.parse(reference), request.grade(), request.remarks(),
				request.flagOverrideReason(), actor);
	}

	@PostMapping("/review/return")
	@Operation(summary = "The awaited review level returns the report with a written reason")
	ComplaintView returnReport(@PathVariable String reference, @Valid @RequestBody ReturnRequest request, Actor actor) {
		return reviews.returnReport(ReferenceNumber.parse(reference), request.grade(), request.reason(), actor);
	}

	@GetMapping("/review")
	@Operation(summary = "What a reviewer reads: the report under review, its quality flags with evidence, repeat links, decisions so far")
	ReviewFile reviewFile(@PathVariable String reference, Actor actor) {
		return reviews.reviewFile(ReferenceNumber.parse(reference), actor);
	}

	@GetMapping("/reviews")
	@Operation(summary = "Every review decision on the complaint's reports")
	List<ReviewDecision> decisions(@PathVariable String reference, Actor actor) {
		return reviews.decisions(ReferenceNumber.parse(reference), actor);
	}

	@PostMapping("/special-closure")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The enquiry officer proposes special closure of a prohibited subject, with evidence")
	SpecialClosure propose(@PathVariable String reference, @Valid @RequestBody ProposalRequest request, Actor actor) {
		return reviews.proposeSpecialClosure(ReferenceNumber.parse(reference), request.subject(),
				request.explanation(), request.courtCaseNumber(), request.evidenceId(), actor);
	}

	@PostMapping("/special-closure/approve")
	@Operation(summary = "The L-2 officer approves the special closure")
	SpecialClosure approveClosure(@PathVariable String reference, @Valid @RequestBody DecisionRequest request,
			Actor actor) {
		return reviews.decideSpecialClosure(ReferenceNumber.parse(reference), true, request.reason(), actor);
	}

	@PostMapping("/special-closure/reject")
	@Operation(summary = "The L-2 officer refuses the special closure; the enquiry goes on")
	SpecialClosure rejectClosure(@PathVariable String reference, @Valid @RequestBody DecisionRequest request,
			Actor actor) {
		return reviews.decideSpecialClosure(ReferenceNumber.parse(reference), false, request.reason(), actor);
	}

	@GetMapping("/special-closures")
	@Operation(summary = "Special-closure proposals and decisions")
	List<SpecialClosure> closures(@PathVariable String reference, Actor actor) {
		return reviews.specialClosures(ReferenceNumber.parse(reference), actor);
	}

	record ApproveRequest(@NotNull(message = "{review.grade.required}") Grade grade,
			@Size(max = 2000, message = "{request.text.too-long}") String remarks,
			/** Required when the report has quality flags: why it is approved all the same. */
			@Size(max = 2000, message = "{request.text.too-long}") String flagOverrideReason) {
	}

	record ReturnRequest(@NotNull(message = "{review.grade.required}") Grade grade,
			@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}

	record ProposalRequest(@NotNull(message = "{special-closure.subject.required}") ProhibitedSubject subject,
			@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String explanation,
			@Size(max = 60, message = "{request.text.too-long}") String courtCaseNumber,
			@Size(max = 36, message = "{request.text.too-long}") String evidenceId) {
	}

	record DecisionRequest(@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}
}
