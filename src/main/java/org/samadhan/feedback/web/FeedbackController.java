package org.samadhan.feedback.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.feedback.Appeals;
import org.samadhan.feedback.Audits;
import org.samadhan.feedback.FeedbackDesk;
import org.samadhan.feedback.Reopens;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The officers' side of feedback: the desk's call list and calls, reassigning a reopened
 * complaint, reopen counts, deciding appeals, and the senior officers' audit calls.
 */
@RestController
@Tag(name = "Feedback", description = "Call list, reopen and reassign, appeals, random audit")
class FeedbackController {

	private final FeedbackDesk desk;

	private final Reopens reopens;

	private final Appeals appeals;

	private final Audits audits;

	private final MessageSource messages;

	private final Clock clock;

	FeedbackController(FeedbackDesk desk, Reopens reopens, Appeals appeals, Audits audits, MessageSource messages,
			Clock clock) {
		this.desk = desk;
		this.reopens = reopens;
		this.appeals = appeals;
		this.audits = audits;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/feedback/calls")
	@Operation(summary = "The feedback desk's call list: disposals in its posting awaiting the complainant's word, oldest first")
	List<FeedbackDesk.CallListEntry> callList(@RequestParam(defaultValue = "0") int page, Actor actor) {
		return desk.callList(actor, page);
	}

	@PostMapping("/api/feedback/calls/{reference}")
	@Operation(summary = "The feedback desk records a call: reached or not; satisfied closes, dissatisfied reopens, unanswered calls may close without feedback")
	CallAnswer recordCall(@PathVariable String reference, @Valid @RequestBody CallRequest request, Actor actor,
			Locale locale) {
		FeedbackDesk.CallRecorded recorded = desk.recordCall(ReferenceNumber.parse(reference),
				new FeedbackDesk.CallReport(request.reached(), request.satisfied(), request.reason(), request.remarks()),
				actor);
		String notice = recorded.notice() == null ? null
				: messages.getMessage(recorded.notice(), new Object[] { recorded.unansweredCalls(),
						recorded.daysWithCalls(), recorded.callsNeeded(), recorded.daysNeeded() }, locale);
		return new CallAnswer(recorded, notice);
	}

	@GetMapping("/api/feedback/reopens")
	@Operation(summary = "Reopens counted against each officer whose disposal failed, within the caller's posting")
	List<Reopens.ReopenCount> reopenCounts(Actor actor) {
		return reopens.countsInScope(actor);
	}

	@GetMapping("/api/complaints/{reference}/reassign/candidates")
	@Operation(summary = "Investigating officers of the station who may take a reopened complaint (none who held it)")
	List<Candidate> candidates(@PathVariable String reference, Actor actor) {
		return reopens.candidates(ReferenceNumber.parse(reference), actor)
			.stream()
			.map(o -> new Candidate(o.id(), o.username(), o.nameEn(), o.nameHi(), o.rank()))
			.toList();
	}

	@PostMapping("/api/complaints/{reference}/reassign")
	@Operation(summary = "A CO or above gives a reopened complaint to a different investigating officer of its station")
	ComplaintView reassign(@PathVariable String reference, @Valid @RequestBody ReassignRequest request, Actor actor) {
		return reopens.reassign(ReferenceNumber.parse(reference), request.officerId(), request.note(), actor);
	}

	@GetMapping("/api/complaints/{reference}/appeals")
	@Operation(summary = "The appeals against the complaint's closure and their decisions")
	List<Appeals.Appeal> appeals(@PathVariable String reference, Actor actor) {
		return appeals.appeals(ReferenceNumber.parse(reference), actor);
	}

	@PostMapping("/api/complaints/{reference}/appeal/uphold")
	@Operation(summary = "The ASP or SP dismisses the appeal, with a written reason: the closure stands")
	Appeals.Appeal uphold(@PathVariable String reference, @Valid @RequestBody DecisionRequest request, Actor actor) {
		return appeals.decide(ReferenceNumber.parse(reference), false, request.reason(), actor);
	}

	@PostMapping("/api/complaints/{reference}/appeal/reopen")
	@Operation(summary = "The ASP or SP allows the appeal, with a written reason: the complaint is reopened")
	Appeals.Appeal reopen(@PathVariable String reference, @Valid @RequestBody DecisionRequest request, Actor actor) {
		return appeals.decide(ReferenceNumber.parse(reference), true, request.reason(), actor);
	}

	@GetMapping("/api/feedback/audits")
	@Operation(summary = "The disposals drawn for audit calls on a day (today by default) in the ASP's or SP's districts")
	List<Audits.Audit> audits(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Actor actor) {
		return audits.list(date == null ? LocalDate.now(clock) : date, actor);
	}

	@GetMapping("/api/feedback/audits/findings")
	@Operation(summary = "Audit calls that found the complainant dissatisfied, newest first")
	List<Audits.Audit> findings(Actor actor) {
		return audits.findings(actor);
	}

	@PostMapping("/api/feedback/audits/{id}")
	@Operation(summary = "The ASP or SP records the audit call: reached or not, satisfied or not, remarks")
	Audits.Audit recordAudit(@PathVariable long id, @Valid @RequestBody AuditRequest request, Actor actor) {
		return audits.record(id, request.reached(), request.satisfied(), request.remarks(), actor);
	}

	record CallRequest(@NotNull(message = "{feedback.call.reached-required}") Boolean reached, Boolean satisfied,
			@Size(max = 2000, message = "{request.text.too-long}") String reason,
			@Size(max = 2000, message = "{request.text.too-long}") String remarks) {
	}

	/** The call as recorded, with {@code notice} telling the desk what follows, in its language. */
	record CallAnswer(String reference, ComplaintStatus status, boolean reached, int unansweredCalls, int daysWithCalls,
			int callsNeeded, int daysNeeded, String notice) {

		CallAnswer(FeedbackDesk.CallRecorded r, String notice) {
			this(r.reference(), r.status(), r.reached(), r.unansweredCalls(), r.daysWithCalls(), r.callsNeeded(),
					r.daysNeeded(), notice);
		}
	}

	record Candidate(long id, String username, String nameEn, String nameHi, String rank) {
	}

	record ReassignRequest(@NotNull(message = "{complaint.assign.not-station-io}") Long officerId,
			@Size(max = 2000, message = "{request.text.too-long}") String note) {
	}

	record DecisionRequest(@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}

	record AuditRequest(@NotNull(message = "{feedback.call.reached-required}") Boolean reached, Boolean satisfied,
			@Size(max = 2000, message = "{request.text.too-long}") String remarks) {
	}
}
