package org.samadhan.pages.desk;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.samadhan.enquiry.ActionTaken;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.complaint.Complaints;
import org.samadhan.feedback.FeedbackDesk;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.FormErrors;
import org.samadhan.pages.PageAccess;
import org.samadhan.pages.PageLink;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The feedback desk's day: the complaints of its posting waiting for the complainant's word,
 * oldest disposal first, each with the number to call (a tel: link), a short script, and one
 * button per outcome: reached and satisfied, reached and not satisfied (with the reason), not
 * reached. The rules are feedback's {@link FeedbackDesk}, as behind {@code /api/feedback/calls}.
 */
@Controller
@RequestMapping("/desk/calls")
class FeedbackDeskPageController {

	static final Set<Role> ROLES = EnumSet.of(Role.FEEDBACK_DESK);

	private final FeedbackDesk desk;

	private final Complaints complaints;

	private final Enquiries enquiries;

	private final MessageSource messages;

	private final Clock clock;

	FeedbackDeskPageController(FeedbackDesk desk, Complaints complaints, Enquiries enquiries, MessageSource messages,
			Clock clock) {
		this.desk = desk;
		this.complaints = complaints;
		this.enquiries = enquiries;
		this.messages = messages;
		this.clock = clock;
	}

	@Bean
	static PageLink callListLink() {
		return new PageLink("/desk/calls", "page.link.calls.name", "page.link.calls.description", ROLES, 80);
	}

	@GetMapping
	String calls(@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		PageAccess.require(actor, ROLES);
		List<Call> calls = desk.callList(actor, page).stream().map(this::call).toList();
		model.addAttribute("calls", calls);
		model.addAttribute("page", page);
		model.addAttribute("zone", clock.getZone());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CallForm());
		}
		return "desk/calls";
	}

	@PostMapping("/{reference}")
	String record(@PathVariable String reference, @ModelAttribute("form") CallForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		PageAccess.require(actor, ROLES);
		ReferenceNumber number = ReferenceNumber.parse(reference);
		try {
			FeedbackDesk.CallReport report = switch (form.getOutcome() == null ? "" : form.getOutcome()) {
				case "SATISFIED" -> new FeedbackDesk.CallReport(true, true, null, blankToNull(form.getRemarks()));
				case "DISSATISFIED" -> new FeedbackDesk.CallReport(true, false, blankToNull(form.getReason()),
						blankToNull(form.getRemarks()));
				case "NOT_REACHED" -> new FeedbackDesk.CallReport(false, null, null, blankToNull(form.getRemarks()));
				default -> throw new InvalidInputException("outcome", "feedback.call.reached-required");
			};
			FeedbackDesk.CallRecorded recorded = desk.recordCall(number, report, actor);
			String notice = recorded.notice() == null
					? messages.getMessage("page.desk.done." + form.getOutcome(), new Object[] { number.grouped() }, locale)
					: messages.getMessage(recorded.notice(), new Object[] { recorded.unansweredCalls(),
							recorded.daysWithCalls(), recorded.callsNeeded(), recorded.daysNeeded() }, locale);
			redirect.addFlashAttribute("notice", notice);
			return "redirect:/desk/calls";
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, Map.of("reason", "reason", "satisfied", "outcome", "outcome", "outcome"));
			model.addAttribute("failed", number.value());
			return calls(0, actor, model);
		}
	}

	/** A line of the call list, with what the report did, for the script to tell the complainant. */
	private Call call(FeedbackDesk.CallListEntry entry) {
		long complaintId = complaints.describe(ReferenceNumber.parse(entry.reference())).id();
		ActionTaken action = enquiries.latestReport(complaintId).map(EnquiryFile.Report::actionTaken).orElse(null);
		return new Call(entry.reference(), ReferenceNumber.parse(entry.reference()).grouped(), entry.complainantName(),
				entry.mobile(), entry.disposedAt(), entry.attempts(), entry.lastAttemptAt(),
				action == null ? "feedback.outcome.unknown" : "feedback.outcome." + action.name());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	record Call(String reference, String grouped, String name, String mobile, java.time.Instant disposedAt,
			int attempts, java.time.Instant lastAttemptAt, String outcomeKey) {
	}
}
