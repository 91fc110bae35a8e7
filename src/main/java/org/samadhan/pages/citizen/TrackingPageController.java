package org.samadhan.pages.citizen;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.samadhan.attachment.Attachments;
import org.samadhan.complaint.Categories;
import org.samadhan.complaint.CitizenAccess;
import org.samadhan.complaint.CitizenView;
import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.enquiry.ActionTaken;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.feedback.Appeals;
import org.samadhan.pages.FormErrors;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SamadhanException;
import org.samadhan.shared.ThrottledException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A citizen follows their complaint with its reference number and a one-time code sent to the
 * registered mobile (complaint's {@link CitizenAccess}: the same answers as the API, so a page
 * tells an unknown number from a known one no more than the API does). They see its status, the
 * public steps of its history, the due date, the documents they gave (names, not contents) and,
 * once disposed, the action the report took; a closed complaint can be appealed from here, with a
 * fresh code (feedback's {@link Appeals}). Once the code is checked the complaint has its own
 * address, {@code /track/{reference}}, served to that session only ({@link TrackingPass}), so the
 * language switch keeps the citizen on it.
 */
@Controller
@RequestMapping("/track")
class TrackingPageController {

	/** Statuses in which the report's action is final enough to tell the complainant. */
	private static final Set<ComplaintStatus> DISPOSED = EnumSet.of(ComplaintStatus.DISPOSED,
			ComplaintStatus.FEEDBACK_PENDING, ComplaintStatus.CLOSED, ComplaintStatus.CLOSED_NO_FEEDBACK,
			ComplaintStatus.APPEALED);

	private static final Map<String, String> FIELDS = Map.of("reference", "reference", "code", "code", "reason",
			"reason");

	private final CitizenAccess citizens;

	private final Categories categories;

	private final Enquiries enquiries;

	private final Appeals appeals;

	private final Attachments attachments;

	private final Clock clock;

	TrackingPageController(CitizenAccess citizens, Categories categories, Enquiries enquiries, Appeals appeals,
			Attachments attachments, Clock clock) {
		this.attachments = attachments;
		this.clock = clock;
		this.citizens = citizens;
		this.categories = categories;
		this.enquiries = enquiries;
		this.appeals = appeals;
	}

	/** Step 1: the reference number. */
	@GetMapping
	String start(@RequestParam(required = false) String reference, Model model) {
		TrackForm form = new TrackForm();
		form.setReference(reference);
		model.addAttribute("form", form);
		return "citizen/track";
	}

	/** A page reached by a POST, asked for again (a language switch): the start. */
	@GetMapping({ "/code", "/view", "/appeal" })
	String restart() {
		return "redirect:/track";
	}

	/**
	 * Step 2: a code is sent (if the number exists), and the browser is sent to the page that asks
	 * for it, so that switching its language (or reloading it) asks for the code again rather than
	 * sending another one or starting over.
	 */
	@PostMapping("/code")
	String sendCode(@ModelAttribute("form") TrackForm form, BindingResult errors, HttpServletRequest request) {
		Optional<ReferenceNumber> number = sendCode(form, errors, request.getRemoteAddr());
		if (number.isEmpty()) {
			return "citizen/track";
		}
		return "redirect:/track/" + (form.isAppeal() ? "appeal/" : "code/") + number.get().value();
	}

	/**
	 * The page that asks for the code sent for this reference (or for an appeal's). It sends
	 * nothing and reads nothing: it says what it says for any number, as the code's request does.
	 */
	@GetMapping({ "/code/{reference}", "/appeal/{reference}" })
	String askForCode(@PathVariable String reference, HttpServletRequest request, Model model) {
		TrackForm form = new TrackForm();
		try {
			form.setReference(ReferenceNumber.parse(reference).grouped());
		}
		catch (InvalidInputException unreadable) {
			return "redirect:/track";
		}
		// The reference is in the path, not the query: the language switch replaces the query.
		form.setAppeal(request.getRequestURI().startsWith("/track/appeal/"));
		model.addAttribute("form", form);
		return form.isAppeal() ? "citizen/appeal" : "citizen/track-code";
	}

	/**
	 * Step 3: the code is checked (and used up); the session keeps a {@link TrackingPass} for this
	 * reference, and the browser is sent to the complaint's own address, which a language switch or
	 * a reload asks for again without a new code.
	 */
	@PostMapping("/view")
	String view(@ModelAttribute("form") TrackForm form, BindingResult errors, HttpServletRequest request) {
		try {
			ReferenceNumber number = ReferenceNumber.parse(form.getReference());
			citizens.useCode(number, code(form));
			TrackingPass.issue(request, number, clock);
			return "redirect:/track/" + number.value();
		}
		catch (InvalidInputException | NotFoundException refused) {
			reject(errors, refused);
			return refused.messageKey().startsWith("reference.") ? "citizen/track" : "citizen/track-code";
		}
	}

	/**
	 * The complaint, for the session that proved its code; anyone else (another browser, this one for
	 * another reference, a pass run out) gets the start form with the reference filled in, which
	 * answers the same whether or not the number exists.
	 */
	@GetMapping("/{reference}")
	String tracked(@PathVariable String reference, HttpServletRequest request, Model model) {
		TrackForm form = new TrackForm();
		model.addAttribute("form", form);
		ReferenceNumber number;
		try {
			number = ReferenceNumber.parse(reference);
		}
		catch (InvalidInputException refused) {
			BindingResult errors = new BeanPropertyBindingResult(form, "form");
			reject(errors, refused);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return "citizen/track";
		}
		form.setReference(number.grouped());
		if (!TrackingPass.allows(request, number, clock)) {
			return "citizen/track";
		}
		CitizenView complaint = citizens.readAgain(number);
		model.addAttribute("complaint", complaint);
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("grouped", number.grouped());
		model.addAttribute("category", categories.find(complaint.categoryCode()).orElseThrow());
		model.addAttribute("actionTaken", actionTaken(complaint));
		// The complainant's own documents only: the enquiry's photos and scans are the case file's.
		model.addAttribute("documents", FiledDocument.of(attachments.ofComplaint(complaint.id())));
		model.addAttribute("canAppeal", complaint.status().actions().contains(ComplaintAction.APPEAL));
		return "citizen/tracked";
	}

	/** The appeal against a closure, with a code sent for it. */
	@PostMapping("/appeal")
	String appeal(@ModelAttribute("form") TrackForm form, BindingResult errors, Model model) {
		try {
			ReferenceNumber number = ReferenceNumber.parse(form.getReference());
			Appeals.Appeal appeal = appeals.appeal(number, code(form), form.getReason());
			model.addAttribute("grouped", number.grouped());
			model.addAttribute("appeal", appeal);
			return "citizen/appealed";
		}
		catch (SamadhanException refused) {
			if (refused instanceof ThrottledException) {
				throw refused;
			}
			reject(errors, refused);
			return "citizen/appeal";
		}
	}

	private Optional<ReferenceNumber> sendCode(TrackForm form, BindingResult errors, String client) {
		try {
			ReferenceNumber number = ReferenceNumber.parse(form.getReference());
			citizens.requestCode(number, client);
			return Optional.of(number);
		}
		catch (InvalidInputException | ThrottledException refused) {
			reject(errors, refused);
			return Optional.empty();
		}
	}

	/** A code that is not six digits is refused here, as the API's request shape refuses it. */
	private static String code(TrackForm form) {
		String code = form.getCode() == null ? "" : form.getCode().strip();
		if (code.isEmpty()) {
			throw new InvalidInputException("code", "citizen.code.required");
		}
		if (!code.matches("[0-9]{6}")) {
			throw new InvalidInputException("code", "citizen.code.invalid");
		}
		return code;
	}

	private static void reject(BindingResult errors, SamadhanException refused) {
		if (refused instanceof NotFoundException) {
			errors.rejectValue("code", refused.messageKey(), refused.arguments(), null);
		}
		else {
			FormErrors.reject(errors, refused, FIELDS);
		}
	}

	/** The action the report took, once the complaint is disposed of; nothing else of the report. */
	private Optional<ActionTaken> actionTaken(CitizenView complaint) {
		if (!DISPOSED.contains(complaint.status())) {
			return Optional.empty();
		}
		return enquiries.latestReport(complaint.id()).map(EnquiryFile.Report::actionTaken);
	}
}
