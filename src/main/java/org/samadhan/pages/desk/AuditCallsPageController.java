package org.samadhan.pages.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.samadhan.feedback.Audits;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ASP's or SP's audit calls of the day: the disposals feedback drew for them this morning,
 * each with the complainant's number to call (a tel: link) and one button per result: reached and
 * satisfied, reached and not satisfied (a finding, flagged to the SP), not reached (the audit
 * stays open for another try). The rules are feedback's {@link Audits}, as behind
 * {@code /api/feedback/audits}.
 */
@Controller
@RequestMapping("/cases/audits")
class AuditCallsPageController {

	static final Set<Role> ROLES = EnumSet.of(Role.ASP, Role.SP);

	private final Audits audits;

	private final MessageSource messages;

	private final Clock clock;

	AuditCallsPageController(Audits audits, MessageSource messages, Clock clock) {
		this.audits = audits;
		this.messages = messages;
		this.clock = clock;
	}

	@Bean
	static PageLink auditCallsLink() {
		return new PageLink("/cases/audits", "page.link.audits.name", "page.link.audits.description", ROLES, 75);
	}

	@GetMapping
	String audits(Actor actor, Model model) {
		PageAccess.require(actor, ROLES);
		List<Line> lines = audits.list(LocalDate.now(clock), actor).stream().map(Line::new).toList();
		model.addAttribute("audits", lines);
		model.addAttribute("zone", clock.getZone());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CallForm());
		}
		return "desk/audits";
	}

	@PostMapping("/{id}")
	String record(@PathVariable long id, @ModelAttribute("form") CallForm form, BindingResult errors, Actor actor,
			Model model, Locale locale, RedirectAttributes redirect) {
		PageAccess.require(actor, ROLES);
		String outcome = form.getOutcome() == null ? "" : form.getOutcome();
		try {
			String remarks = form.getRemarks() == null || form.getRemarks().isBlank() ? null : form.getRemarks().strip();
			if (remarks != null && remarks.length() > 2000) {
				throw new InvalidInputException("remarks", "request.text.too-long");
			}
			Audits.Audit recorded = switch (outcome) {
				case "SATISFIED" -> audits.record(id, true, true, remarks, actor);
				case "DISSATISFIED" -> audits.record(id, true, false, remarks, actor);
				case "NOT_REACHED" -> audits.record(id, false, null, remarks, actor);
				default -> throw new InvalidInputException("outcome", "feedback.call.reached-required");
			};
			redirect.addFlashAttribute("notice", messages.getMessage("page.audits.done." + outcome,
					new Object[] { ReferenceNumber.parse(recorded.reference()).grouped() }, locale));
			return "redirect:/cases/audits";
		}
		catch (InvalidInputException | ConflictException refused) {
			FormErrors.reject(errors, refused, Map.of("remarks", "remarks", "satisfied", "outcome", "outcome", "outcome"));
			model.addAttribute("failed", id);
			return audits(actor, model);
		}
	}

	/** An audit as the page shows it: done once the complainant was reached. */
	record Line(Audits.Audit audit, String grouped, boolean done) {

		Line(Audits.Audit audit) {
			this(audit, ReferenceNumber.parse(audit.reference()).grouped(), Boolean.TRUE.equals(audit.reached()));
		}
	}
}
