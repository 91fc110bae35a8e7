package org.samadhan.pages.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.deadline.Deadlines;
import org.samadhan.deadline.PauseReason;
import org.samadhan.enquiry.ActionTaken;
import org.samadhan.enquiry.ContactMode;
import org.samadhan.enquiry.ContactOutcome;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.enquiry.Party;
import org.samadhan.enquiry.ReportDraft;
import org.samadhan.enquiry.ReportNeed;
import org.samadhan.attachment.AttachmentPurpose;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.pages.FormErrors;
import org.samadhan.review.ProhibitedSubject;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The investigating officer's page for one complaint: log contacts with the complainant, a site
 * visit (the phone's position, filled in by the browser's geolocation, and a photo from its camera
 * or files), statements, and the report; or ask to pause the clock. Each form calls the enquiry's
 * (or deadline's) service as the API does. A refused report lists every missing piece of work, in
 * the page's language, from the enquiry's submission policies. A statement's signed page can be
 * scanned in, and a prohibited subject proposed for special closure with its evidence file (the
 * enquiry's document upload, then the review's proposal, as an API client does in two calls).
 */
@Controller
@RequestMapping("/cases/{reference}/enquiry")
class EnquiryPageController {

	static final List<String> FORMS = List.of("contactForm", "visitForm", "photoForm", "statementForm", "reportForm",
			"pauseForm", "closureForm", "scanForm");

	/** Each form's section on the page, for the link from a refusal's summary down to it. */
	static final Map<String, String> ANCHORS = Map.of("contactForm", "contact", "visitForm", "visit", "photoForm",
			"visits", "statementForm", "statement", "reportForm", "report", "pauseForm", "pause-request",
			"closureForm", "special-closure", "scanForm", "statements");

	/** What {@code <input type="datetime-local">} sends. */
	private static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final Complaints complaints;

	private final Enquiries enquiries;

	private final Deadlines deadlines;

	private final Reviews reviews;

	private final CaseViews views;

	private final CaseFiles caseFiles;

	private final MessageSource messages;

	private final Clock clock;

	EnquiryPageController(Complaints complaints, Enquiries enquiries, Deadlines deadlines, Reviews reviews,
			CaseViews views, CaseFiles caseFiles, MessageSource messages, Clock clock) {
		this.caseFiles = caseFiles;
		this.complaints = complaints;
		this.enquiries = enquiries;
		this.deadlines = deadlines;
		this.reviews = reviews;
		this.views = views;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable String reference, Actor actor, Model model, Locale locale) {
		return page(ReferenceNumber.parse(reference), actor, model, locale);
	}

	@PostMapping("/contacts")
	String contact(@PathVariable String reference, @ModelAttribute("contactForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.enquiry.done.contact",
				Map.of("contactedAt", "at", "mode", "mode", "outcome", "outcome", "note", "note"),
				() -> enquiries.recordContact(number, instant(form.getAt()),
						choice(ContactMode.class, form.getMode(), "mode", "enquiry.mode.required"),
						choice(ContactOutcome.class, form.getOutcome(), "outcome", "enquiry.outcome.required"),
						ActionForm.text(form.getNote()), actor));
	}

	/** The visit, and its photo when one was chosen: two records, as on the API; a refused photo leaves the visit. */
	@PostMapping("/visits")
	String visit(@PathVariable String reference, @ModelAttribute("visitForm") ActionForm form, BindingResult errors,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.enquiry.done.visit",
				Map.of("visitedAt", "at", "latitude", "latitude", "longitude", "longitude", "accuracyMeters", "accuracy",
						"file", "latitude"),
				() -> {
					Instant at = instant(form.getAt());
					double latitude = number(form.getLatitude(), "latitude", -90, 90, "intake.latitude.range");
					double longitude = number(form.getLongitude(), "longitude", -180, 180, "intake.longitude.range");
					Double accuracy = ActionForm.text(form.getAccuracy()) == null ? null
							: number(form.getAccuracy(), "accuracy", 0, 1_000_000, "enquiry.accuracy.invalid");
					long visit = enquiries.recordVisit(number, at, latitude, longitude, accuracy,
							ActionForm.text(form.getNote()), actor);
					if (chosen(photo)) {
						try {
							store(photo, content -> enquiries.addVisitPhoto(number, visit, photo.getOriginalFilename(),
									content, actor));
						}
						catch (SamadhanException refused) {
							throw new InvalidInputException("photo", "page.enquiry.visit.photo-refused",
									messages.getMessage(refused.messageKey(), refused.arguments(), locale));
						}
					}
				});
	}

	@PostMapping("/visits/{visitId}/photos")
	String photo(@PathVariable String reference, @PathVariable long visitId,
			@ModelAttribute("photoForm") ActionForm form, BindingResult errors,
			@RequestParam(name = "photo", required = false) MultipartFile photo, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		model.addAttribute("failedVisit", visitId);
		return act(number, errors, actor, model, locale, redirect, "page.enquiry.done.photo", Map.of(), () -> {
			if (!chosen(photo)) {
				throw new InvalidInputException("photo", "page.enquiry.photo.required");
			}
			store(photo, content -> enquiries.addVisitPhoto(number, visitId, photo.getOriginalFilename(), content,
					actor));
		});
	}

	@PostMapping("/statements")
	String statement(@PathVariable String reference, @ModelAttribute("statementForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.enquiry.done.statement",
				Map.of("party", "party", "personName", "personName", "text", "text"), () -> {
					Party party = choice(Party.class, form.getParty(), "party", "enquiry.party.required");
					String name = CasePageController.required(form.getPersonName(), "personName", "intake.name.required");
					if (name.length() > 120) {
						throw new InvalidInputException("personName", "intake.name.too-long");
					}
					enquiries.recordStatement(number, party, name, ActionForm.text(form.getText()), actor);
				});
	}

	@PostMapping("/statements/{statementId}/scan")
	String scan(@PathVariable String reference, @PathVariable long statementId,
			@ModelAttribute("scanForm") ActionForm form, BindingResult errors,
			@RequestParam(name = "scan", required = false) MultipartFile scan, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		model.addAttribute("failedStatement", statementId);
		return act(number, errors, actor, model, locale, redirect, "page.enquiry.done.scan", Map.of(), () -> {
			if (!chosen(scan)) {
				throw new InvalidInputException("scan", "page.enquiry.scan.required");
			}
			store(scan, content -> enquiries.addStatementScan(number, statementId, scan.getOriginalFilename(), content,
					actor));
		});
	}

	/**
	 * The proposal's own words are checked before the evidence is stored, and the review stores it
	 * only once its own rules pass, so a refused form leaves no stray file.
	 */
	@PostMapping("/special-closure")
	String proposeClosure(@PathVariable String reference, @ModelAttribute("closureForm") ActionForm form,
			BindingResult errors, @RequestParam(name = "evidence", required = false) MultipartFile evidence,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.enquiry.done.closure",
				Map.of("subject", "subject", "explanation", "reason", "courtCaseNumber", "courtCaseNumber"), () -> {
					ProhibitedSubject subject = choice(ProhibitedSubject.class, form.getSubject(), "subject",
							"special-closure.subject.required");
					String explanation = CasePageController.required(form.getReason(), "explanation",
							"complaint.reason.required");
					if (explanation.length() > 2000) {
						throw new InvalidInputException("explanation", "request.text.too-long");
					}
					String court = ActionForm.text(form.getCourtCaseNumber());
					if (court != null && court.length() > 60) {
						throw new InvalidInputException("courtCaseNumber", "request.text.too-long");
					}
					Supplier<String> storeEvidence = !chosen(evidence) ? null : () -> {
						String[] stored = new String[1];
						store(evidence, content -> stored[0] = enquiries.addDocument(number,
								AttachmentPurpose.CLOSURE_EVIDENCE, evidence.getOriginalFilename(), content, actor).id());
						return stored[0];
					};
					reviews.proposeSpecialClosure(number, subject, explanation, court, storeEvidence, actor);
				});
	}

	/**
	 * A report without findings or action is refused here, before the service sees it; the refusal
	 * still names every piece of work the enquiry lacks (the service's own list), so the officer
	 * learns all that stands in the way at once.
	 */
	@PostMapping("/report")
	String report(@PathVariable String reference, @ModelAttribute("reportForm") ActionForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		String findings = ActionForm.text(form.getFindings());
		ActionTaken action = known(ActionTaken.class, form.getActionTaken());
		if (findings == null || action == null) {
			List<SamadhanException.Reason> work = enquiries.reportNeeds(number, actor)
				.stream()
				.filter(need -> !need.isDone())
				.map(ReportNeed::missing)
				.toList();
			if (!work.isEmpty()) {
				errors.reject("report.refused");
				work.forEach(reason -> errors.reject(reason.messageKey(), reason.arguments(), null));
			}
			if (findings == null) {
				errors.rejectValue("findings", "report.findings.required");
			}
			if (action == null) {
				errors.rejectValue("actionTaken", "report.action.required");
			}
			model.addAttribute("refusal", Refusal.of(errors, "report.refused", ANCHORS.get("reportForm"), messages, locale));
			return page(number, actor, model, locale);
		}
		return act(number, errors, actor, model, locale, redirect, "page.enquiry.done.report",
				Map.of("findings", "findings", "actionTaken", "actionTaken", "actionDetail", "actionDetail", "firNumber",
						"firNumber", "nextHearingOn", "nextHearingOn"),
				() -> enquiries.submitReport(number, new ReportDraft(findings, action,
						ActionForm.text(form.getActionDetail()), ActionForm.text(form.getFirNumber()),
						date(form.getNextHearingOn())), actor));
	}

	@PostMapping("/pause")
	String requestPause(@PathVariable String reference, @ModelAttribute("pauseForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		return act(number, errors, actor, model, locale, redirect, "page.enquiry.done.pause",
				Map.of("reason", "pauseReason", "note", "note"), () -> deadlines.requestPause(number,
						ActionForm.text(form.getPauseReason()), ActionForm.text(form.getNote()), actor));
	}

	private String act(ReferenceNumber number, BindingResult errors, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, String doneKey, Map<String, String> fields, Runnable work) {
		try {
			work.run();
			redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
			// After the report the work is done: back to the complaint, whose status now says so.
			return "page.enquiry.done.report".equals(doneKey) || "page.enquiry.done.closure".equals(doneKey)
					? "redirect:/cases/" + number.value()
					: "redirect:/cases/" + number.value() + "/enquiry";
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
		EnquiryFile file = enquiries.file(number, actor);
		String now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).format(LOCAL_MINUTE);
		for (String name : FORMS) {
			if (!model.containsAttribute(name)) {
				ActionForm form = new ActionForm();
				form.setAt(now);
				model.addAttribute(name, form);
			}
		}
		ComplaintStatus status = complaint.status();
		model.addAttribute("complaint", complaint);
		model.addAttribute("grouped", number.grouped());
		model.addAttribute("category", views.categoryName(complaint.category().code(), locale));
		model.addAttribute("daysLeft", views.daysLeft(complaint.due().dueOn()));
		model.addAttribute("file", file);
		model.addAttribute("caseFile", caseFiles.of(number, file, actor));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("now", now);
		model.addAttribute("open", actor.is(complaint.enquiryOfficerId()) && (status == ComplaintStatus.ASSIGNED
				|| status == ComplaintStatus.UNDER_ENQUIRY || status == ComplaintStatus.RETURNED));
		model.addAttribute("modes", ContactMode.values());
		model.addAttribute("outcomes", ContactOutcome.values());
		model.addAttribute("parties", Party.values());
		model.addAttribute("actions", ActionTaken.values());
		model.addAttribute("pauseReasons", PauseReason.values());
		model.addAttribute("subjects", ProhibitedSubject.values());
		model.addAttribute("oppositePartyNeeded", complaint.category().oppositePartyStatementRequired());
		model.addAttribute("needs", enquiries.reportNeeds(number, actor));
		return "cases/enquiry";
	}

	/** A time from the form's local date and time, in Samadhan's zone. */
	private Instant instant(String typed) {
		String text = ActionForm.text(typed);
		if (text == null) {
			throw new InvalidInputException("at", "enquiry.time.required");
		}
		try {
			return LocalDateTime.parse(text, text.length() > 16 ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : LOCAL_MINUTE)
				.atZone(clock.getZone())
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("at", "enquiry.time.required");
		}
	}

	private static LocalDate date(String typed) {
		String text = ActionForm.text(typed);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("nextHearingOn", "page.file.date.unreadable");
		}
	}

	private static double number(String typed, String field, double min, double max, String key) {
		String text = ActionForm.text(typed);
		if (text == null) {
			throw new InvalidInputException(field, "enquiry.position.required");
		}
		try {
			double value = Double.parseDouble(text);
			if (value < min || value > max || Double.isNaN(value)) {
				throw new InvalidInputException(field, key);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, key);
		}
	}

	/** The constant the form sent, or null when it sent none or one that does not exist. */
	private static <E extends Enum<E>> E known(Class<E> type, String typed) {
		String text = ActionForm.text(typed);
		try {
			return text == null ? null : Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, String key) {
		String text = ActionForm.text(typed);
		if (text == null) {
			throw new InvalidInputException(field, key);
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException(field, key);
		}
	}

	private static boolean chosen(MultipartFile file) {
		return file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty();
	}

	private static void store(MultipartFile file, java.util.function.Consumer<InputStream> into) {
		try (InputStream content = file.getInputStream()) {
			into.accept(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
