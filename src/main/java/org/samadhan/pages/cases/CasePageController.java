package org.samadhan.pages.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.HistoryEntry;
import org.samadhan.complaint.ReviewChain;
import org.samadhan.deadline.DeadlineView;
import org.samadhan.deadline.Deadlines;
import org.samadhan.deadline.Pause;
import org.samadhan.feedback.Appeals;
import org.samadhan.feedback.Reopens;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.pages.FormErrors;
import org.samadhan.review.Reviews;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SamadhanException;
import org.samadhan.shared.ThrottledException;
import org.springframework.context.MessageSource;
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
 * One complaint as an officer sees it: what it is about, where it stands, its due date and every
 * change of its history; and the routing decisions open to the officer now, each a small form
 * calling the same service as the API: mark to a station or transfer (IGRS cell), assign or send
 * back (SHO), reassign a reopened complaint (CO and above), decide an appeal (ASP, SP), decide a
 * special closure, decide a pause; and, for whoever may read it, the case file (every document, photo
 * and scan). Whether the officer may is the module's answer: a refusal comes
 * back next to the form. A complaint outside the officer's posting is the 404 page, as for one
 * that does not exist. The enquiry's work and the review of the report have pages of their own.
 */
@Controller
@RequestMapping("/cases/{reference}")
class CasePageController {


	/** The forms of this page, each its own model attribute so that a refusal lands on its form. */
	static final List<String> FORMS = List.of("markForm", "districtForm", "outForm", "assignForm", "sendBackForm",
			"handOverForm", "reassignForm", "appealForm", "closureForm", "pauseDecisionForm");

	/** Each form's section on the page, for the link from a refusal's summary down to it. */
	static final Map<String, String> ANCHORS = Map.of("markForm", "mark", "districtForm", "transfer-district",
			"outForm", "transfer-out", "assignForm", "assign", "sendBackForm", "send-back", "handOverForm",
			"hand-over", "reassignForm", "reassign", "appealForm", "appeal", "closureForm", "special-closure",
			"pauseDecisionForm", "pause");


	private final Complaints complaints;

	private final Jurisdiction jurisdiction;

	private final Deadlines deadlines;

	private final Reopens reopens;

	private final Appeals appeals;

	private final Reviews reviews;

	private final ReviewChain chain;

	private final CaseViews views;

	private final CaseFiles caseFiles;

	private final MessageSource messages;

	CasePageController(Complaints complaints, Jurisdiction jurisdiction, Deadlines deadlines, Reopens reopens,
			Appeals appeals, Reviews reviews, ReviewChain chain, CaseViews views, CaseFiles caseFiles,
			MessageSource messages) {
		this.caseFiles = caseFiles;
		this.complaints = complaints;
		this.jurisdiction = jurisdiction;
		this.deadlines = deadlines;
		this.reopens = reopens;
		this.appeals = appeals;
		this.reviews = reviews;
		this.chain = chain;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable String reference, Actor actor, Model model, Locale locale) {
		return page(ReferenceNumber.parse(reference), actor, model, locale);
	}

	@PostMapping("/mark")
	String mark(@PathVariable String reference, @ModelAttribute("markForm") ActionForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.case.done.marked", Map.of("stationId",
				"stationCode", "stationCode", "stationCode", "note", "note"), () -> {
					Unit station = jurisdiction.unitByCode(required(form.getStationCode(), "stationCode",
							"complaint.station.required"))
						.filter(u -> u.kind() == UnitKind.STATION)
						.orElseThrow(() -> new InvalidInputException("stationCode", "complaint.station.not-in-district"));
					complaints.markToStation(number, station.id(), ActionForm.text(form.getNote()), actor);
				});
	}

	@PostMapping("/transfer-district")
	String transferToDistrict(@PathVariable String reference, @ModelAttribute("districtForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.case.done.transferred",
				Map.of("districtId", "districtCode", "districtCode", "districtCode", "reason", "reason"), () -> {
					String code = required(form.getDistrictCode(), "districtCode", "complaint.district.required");
					String reason = required(form.getReason(), "reason", "complaint.reason.required");
					Unit district = jurisdiction.unitByCode(code)
						.filter(u -> u.kind() == UnitKind.DISTRICT)
						.orElseThrow(() -> new InvalidInputException("districtCode", "complaint.district.unknown"));
					complaints.transferToDistrict(number, district.id(), reason, actor);
				});
	}

	@PostMapping("/transfer-out")
	String transferOut(@PathVariable String reference, @ModelAttribute("outForm") ActionForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.case.done.transferred-out",
				Map.of("receivingOffice", "office", "office", "office", "reason", "reason"), () -> {
					String office = required(form.getOffice(), "office", "complaint.transfer.office-required");
					String reason = required(form.getReason(), "reason", "complaint.reason.required");
					complaints.transferOut(number, office, reason, actor);
				});
	}

	@PostMapping("/assign")
	String assign(@PathVariable String reference, @ModelAttribute("assignForm") ActionForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.case.done.assigned",
				Map.of("officerId", "officerId", "note", "note"), () -> complaints.assign(number,
						officerId(form.getOfficerId()), ActionForm.text(form.getNote()), actor));
	}

	@PostMapping("/send-back")
	String sendBack(@PathVariable String reference, @ModelAttribute("sendBackForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.case.done.sent-back",
				Map.of("reason", "reason"), () -> complaints.sendBackToDistrict(number,
						required(form.getReason(), "reason", "complaint.reason.required"), actor));
	}

	@PostMapping("/hand-over")
	String handOver(@PathVariable String reference, @ModelAttribute("handOverForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.case.done.handed-over",
				Map.of("officerId", "officerId", "reason", "reason"), () -> complaints.handOver(number,
						officerId(form.getOfficerId()), required(form.getReason(), "reason", "complaint.reason.required"),
						actor));
	}

	@PostMapping("/reassign")
	String reassign(@PathVariable String reference, @ModelAttribute("reassignForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.case.done.reassigned",
				Map.of("officerId", "officerId", "note", "note"), () -> reopens.reassign(number,
						officerId(form.getOfficerId()), ActionForm.text(form.getNote()), actor));
	}

	@PostMapping("/appeal")
	String decideAppeal(@PathVariable String reference, @ModelAttribute("appealForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		boolean reopen = "reopen".equals(form.getDecision());
		return act(number, errors, actor, model, locale, redirect,
				reopen ? "page.case.done.appeal-reopened" : "page.case.done.appeal-upheld", Map.of("reason", "reason"),
				() -> appeals.decide(number, reopen, required(form.getReason(), "reason", "complaint.reason.required"),
						actor));
	}

	@PostMapping("/special-closure")
	String decideClosure(@PathVariable String reference, @ModelAttribute("closureForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		boolean approve = "approve".equals(form.getDecision());
		return act(number, errors, actor, model, locale, redirect,
				approve ? "page.case.done.closure-approved" : "page.case.done.closure-refused", Map.of("reason", "reason"),
				() -> reviews.decideSpecialClosure(number, approve,
						required(form.getReason(), "reason", "complaint.reason.required"), actor));
	}

	@PostMapping("/pause")
	String decidePause(@PathVariable String reference, @ModelAttribute("pauseDecisionForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		boolean approve = "approve".equals(form.getDecision());
		return act(number, errors, actor, model, locale, redirect,
				approve ? "page.case.done.pause-approved" : "page.case.done.pause-refused", Map.of("note", "note"),
				() -> {
					if (approve) {
						deadlines.approvePause(number, ActionForm.text(form.getNote()), actor);
					}
					else {
						deadlines.refusePause(number, ActionForm.text(form.getNote()), actor);
					}
				});
	}

	/**
	 * Does one decision and goes back to the complaint's page with a notice (a reload repeats
	 * nothing); a refusal shows the page again with the message on the form. A complaint the
	 * officer may not see is the 404 page whatever the form.
	 */
	private String act(ReferenceNumber number, BindingResult errors, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, String doneKey, Map<String, String> fields, Runnable decision) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
			return "redirect:/cases/" + number.value();
		}
		catch (NotFoundException | ThrottledException gone) {
			throw gone;
		}
		catch (SamadhanException refused) {
			FormErrors.reject(errors, refused, fields);
			model.addAttribute("refusal",
					Refusal.of(errors, refused.reasons().isEmpty() ? null : refused.messageKey(),
						ANCHORS.get(errors.getObjectName()), messages, locale));
			return page(number, actor, model, locale);
		}
	}

	private String page(ReferenceNumber number, Actor actor, Model model, Locale locale) {
		ComplaintView complaint = complaints.view(number, actor);
		ComplaintStatus status = complaint.status();
		boolean markFormFresh = !model.containsAttribute("markForm");
		FORMS.forEach(name -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, new ActionForm());
			}
		});
		model.addAttribute("complaint", complaint);
		model.addAttribute("grouped", number.grouped());
		model.addAttribute("category", views.categoryName(complaint.category().code(), locale));
		model.addAttribute("station", views.unitName(complaint.placement().stationId(), locale));
		// The station named at filing, while the complaint is not at that station.
		Long suggested = complaint.suggestedStationId();
		model.addAttribute("suggestedStation", suggested == null || suggested.equals(complaint.placement().stationId())
				? null : views.unitName(suggested, locale));
		model.addAttribute("district", views.unitName(complaint.placement().districtId(), locale));
		model.addAttribute("officer", views.officerName(complaint.enquiryOfficerId(), locale));
		model.addAttribute("daysLeft", views.daysLeft(complaint.due().dueOn()));
		model.addAttribute("zone", views.zone());
		model.addAttribute("history", complaints.history(number, actor).stream().map(h -> step(h, locale)).toList());
		// Only for those who may read the case file; the others see the complaint as before.
		model.addAttribute("caseFile", caseFiles.of(complaint, actor).orElse(null));

		boolean cell = actor.holds(Role.IGRS_CELL) && status == ComplaintStatus.DISTRICT_INBOX;
		model.addAttribute("canMark", cell);
		if (cell) {
			List<Unit> stations = jurisdiction.openOfKind(UnitKind.STATION)
				.stream()
				.filter(s -> Long.valueOf(complaint.placement().districtId()).equals(s.districtId()))
				.sorted(Comparator.comparing((Unit u) -> u.name(locale)))
				.toList();
			model.addAttribute("stations", stations);
			// The complainant's station comes preselected; a refused form keeps what the cell chose.
			Optional<Unit> preselected = stations.stream().filter(u -> Long.valueOf(u.id()).equals(suggested)).findFirst();
			if (markFormFresh && preselected.isPresent()) {
				((ActionForm) model.getAttribute("markForm")).setStationCode(preselected.get().code());
			}
			model.addAttribute("markPreselected", markFormFresh && preselected.isPresent());
			model.addAttribute("districts", jurisdiction.openOfKind(UnitKind.DISTRICT)
				.stream()
				.filter(d -> d.id() != complaint.placement().districtId())
				.sorted(Comparator.comparing((Unit u) -> u.name(locale)))
				.toList());
		}
		// The station's SHO, or an officer above acting in the SHO's place.
		boolean stationChain = Role.STATION_CHAIN.stream().anyMatch(actor::holds);
		boolean sho = stationChain && status == ComplaintStatus.STATION_INBOX;
		model.addAttribute("canAssign", sho);
		if (sho && complaint.placement().stationId() != null) {
			model.addAttribute("ios", officers(
					jurisdiction.officersOfStation(complaint.placement().stationId(), Role.IO), locale));
		}
		boolean handOver = stationChain && ComplaintStatus.openEnquiry().contains(status) && complaint.placement().stationId() != null;
		model.addAttribute("canHandOver", handOver);
		if (handOver) {
			model.addAttribute("handOverTo", officers(jurisdiction.officersOfStation(complaint.placement().stationId(),
					Role.IO)
				.stream()
				.filter(o -> !Long.valueOf(o.id()).equals(complaint.enquiryOfficerId()))
				.toList(), locale));
		}
		boolean reassign = status == ComplaintStatus.REOPENED && CaseListsController.SUPERVISORS.stream()
			.anyMatch(actor::holds);
		model.addAttribute("canReassign", reassign);
		if (reassign) {
			model.addAttribute("candidates", officers(reopens.candidates(number, actor), locale));
		}
		boolean appeal = status == ComplaintStatus.APPEALED && CaseListsController.SENIORS.stream()
			.anyMatch(actor::holds);
		model.addAttribute("canDecideAppeal", appeal);
		if (appeal) {
			model.addAttribute("appeals", appeals.appeals(number, actor));
		}
		boolean closure = status == ComplaintStatus.SPECIAL_CLOSURE_PROPOSED
				&& (actor.holds(chain.specialClosureApprover())
						|| chain.specialClosureApprover() == Role.ASP && actor.holds(Role.SP));
		model.addAttribute("canDecideClosure", closure);
		if (closure) {
			model.addAttribute("closures", reviews.specialClosures(number, actor)
				.stream()
				.filter(c -> c.decidedAt() == null)
				.toList());
		}
		Optional<Pause> pending = pendingPause(number, actor);
		model.addAttribute("pendingPause", pending.orElse(null));
		model.addAttribute("canDecidePause",
				pending.isPresent() && CaseListsController.REVIEWERS.stream().anyMatch(actor::holds));
		boolean holder = actor.is(complaint.enquiryOfficerId());
		model.addAttribute("canEnquire", holder && (status == ComplaintStatus.ASSIGNED
				|| status == ComplaintStatus.UNDER_ENQUIRY || status == ComplaintStatus.RETURNED));
		model.addAttribute("canReview", complaint.awaitingRole() != null
				&& (status == ComplaintStatus.REPORT_SUBMITTED || status == ComplaintStatus.IN_REVIEW)
				&& (actor.holds(complaint.awaitingRole())
						|| complaint.awaitingRole() == Role.ASP && actor.holds(Role.SP)));
		return "cases/case";
	}

	/** The pause waiting for a decision, when the clock exists and the officer may read it. */
	private Optional<Pause> pendingPause(ReferenceNumber number, Actor actor) {
		try {
			DeadlineView clock = deadlines.view(number, actor);
			return clock.pauses().stream().filter(p -> p.status() == Pause.Status.REQUESTED).findFirst();
		}
		catch (NotFoundException noClock) {
			return Optional.empty();
		}
	}

	private static List<Choice> officers(List<Officer> officers, Locale locale) {
		return officers.stream()
			.filter(Officer::active)
			.map(o -> new Choice(String.valueOf(o.id()), CaseViews.name(o, locale) + " (" + o.rank() + ")"))
			.sorted(Comparator.comparing(Choice::label))
			.toList();
	}

	/** A history row as shown: who acted, in the role and at the post they held when they acted. */
	private Step step(HistoryEntry h, Locale locale) {
		String who = h.actorOfficerId() != null ? views.officerName(h.actorOfficerId(), locale) : h.actorName();
		return new Step(h.action().name(), h.from(), h.to(), who, h.actorRole(),
				views.unitName(h.actorPostingUnitId(), locale), h.reason(), views.officerName(h.handedTo(), locale), h.at());
	}

	static String required(String typed, String field, String key) {
		String text = ActionForm.text(typed);
		if (text == null) {
			throw new InvalidInputException(field, key);
		}
		return text;
	}

	private static long officerId(String typed) {
		try {
			return Long.parseLong(required(typed, "officerId", "complaint.officer.required"));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("officerId", "complaint.officer.required");
		}
	}

	/** An option of a picker: the value sent and the name shown. */
	record Choice(String value, String label) {
	}

	/** One line of the history as shown. */
	record Step(String action, ComplaintStatus from, ComplaintStatus to, String who, Role role, String post, String reason,
			String handedTo, java.time.Instant at) {
	}
}
