package org.samadhan.pages.citizen;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Validator;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.samadhan.complaint.Categories;
import org.samadhan.complaint.Category;
import org.samadhan.attachment.Attachments;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.CitizenAccess;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Receipt;
import org.samadhan.intake.IncomingFile;
import org.samadhan.intake.RegistrationRequest;
import org.samadhan.intake.Registrations;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.pages.FormErrors;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.DatabaseAway;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.ThrottledException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A citizen files a complaint without an account: the form, the stations of the chosen district
 * (swapped in by htmx), and the receipt with the reference number. The rules are intake's, the
 * same as for {@code POST /api/public/complaints}; a refused form comes back as typed, each
 * message next to its field. The receipt lists back the documents that were kept; it is shown
 * after a redirect, so reloading it files nothing; a double submit carries the same idempotency
 * key and files one complaint.
 */
@Controller
@RequestMapping("/complaints/new")
class FilingPageController {

	private final Registrations registrations;

	private final CitizenAccess citizenAccess;

	private final Categories categories;

	private final Jurisdiction jurisdiction;

	private final Validator validator;

	private final Complaints complaints;

	private final Attachments attachments;

	FilingPageController(Registrations registrations, Categories categories, Jurisdiction jurisdiction,
			Validator validator, CitizenAccess citizenAccess, Complaints complaints, Attachments attachments) {
		this.complaints = complaints;
		this.attachments = attachments;
		this.citizenAccess = citizenAccess;
		this.registrations = registrations;
		this.categories = categories;
		this.jurisdiction = jurisdiction;
		this.validator = validator;
	}

	@GetMapping
	String form(Model model, Locale locale) {
		return form(new FilingForm(), model, locale);
	}

	/** The station picker for a district, swapped into the form when the district changes. */
	@GetMapping("/stations")
	String stations(@RequestParam(required = false) String districtCode, Model model, Locale locale) {
		model.addAttribute("stations", stationsOf(districtCode, locale));
		model.addAttribute("selectedStation", null);
		return "complaint-fields :: stations";
	}

	@PostMapping
	String file(@ModelAttribute("form") FilingForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest http, HttpServletResponse response) {
		RegistrationRequest request = form.toRequest();
		FormErrors.reject(errors, validator.validate(request), FilingForm.FIELDS);
		if (form.hasUnreadableDate() && !errors.hasFieldErrors("incidentDate")) {
			errors.rejectValue("incidentDate", "page.file.date.unreadable");
		}
		if (errors.hasErrors()) {
			return form(form, model, locale);
		}
		try {
			List<IncomingFile> incoming = incoming(files);
			Receipt receipt = registrations.register(request, Channel.PORTAL, incoming,
					Actor.citizen(request.complainant().name()), form.getIdempotencyKey());
			ReferenceNumber number = ReferenceNumber.parse(receipt.reference());
			redirect.addFlashAttribute("filed", new Filed(number, receipt.dueOn(),
					incoming.isEmpty() ? List.of() : documents(number)));
			return "redirect:/complaints/new/receipt";
		}
		catch (PolicyRefusal refused) {
			FormErrors.reject(errors, refused, FilingForm.FIELDS);
			if (PolicyRefusal.names(refused, "MOBILE_NOT_PROVEN")) {
				askForMobileCode(request.complainant().mobile(), http.getRemoteAddr(), errors, model);
			}
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(errors, refused, FilingForm.FIELDS);
			model.addAttribute("askMobileCode", form.getMobileCode() != null);
		}
		catch (ConflictException reused) {
			// The form was already used for a different complaint (sent, then changed): a new key.
			FormErrors.reject(errors, reused, FilingForm.FIELDS);
			form.setIdempotencyKey(UUID.randomUUID().toString());
		}
		catch (RuntimeException failed) {
			if (!DatabaseAway.is(failed)) {
				throw failed;
			}
			// What the citizen typed comes back with the message: sending again with the same key
			// files it once, however far the first try got.
			errors.reject(DatabaseAway.MESSAGE);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseAway.RETRY_AFTER.toSeconds()));
		}
		return form(form, model, locale);
	}

	/**
	 * The number's filings without proof are used up this month: a code goes to the mobile (limited
	 * per caller and number as the tracking page's codes are) and the form asks for it.
	 */
	private void askForMobileCode(String mobile, String client, BindingResult errors, Model model) {
		try {
			citizenAccess.requestMobileCode(mobile, client);
			model.addAttribute("askMobileCode", true);
		}
		catch (ThrottledException tooMany) {
			errors.reject(tooMany.messageKey(), tooMany.arguments(), null);
		}
	}

	/** The receipt, once, right after filing; opened again later it leads back to the form. */
	@GetMapping("/receipt")
	String receipt(Model model) {
		return model.containsAttribute("filed") ? "citizen/receipt" : "redirect:/complaints/new";
	}

	private String form(FilingForm form, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("categories", categories.all()
			.stream()
			.sorted(Comparator.comparing((Category c) -> c.name(locale)))
			.toList());
		model.addAttribute("districts", jurisdiction.openOfKind(UnitKind.DISTRICT)
			.stream()
			.sorted(Comparator.comparing((Unit u) -> u.name(locale)))
			.toList());
		model.addAttribute("stations", stationsOf(form.getDistrictCode(), locale));
		model.addAttribute("selectedStation", form.getStationCode());
		return "citizen/file";
	}

	private List<Unit> stationsOf(String districtCode, Locale locale) {
		if (districtCode == null || districtCode.isBlank()) {
			return List.of();
		}
		return jurisdiction.unitByCode(districtCode)
			.filter(d -> d.kind() == UnitKind.DISTRICT)
			.map(d -> jurisdiction.openOfKind(UnitKind.STATION)
				.stream()
				.filter(s -> Long.valueOf(d.id()).equals(s.districtId()))
				.sorted(Comparator.comparing((Unit u) -> u.name(locale)))
				.toList())
			.orElse(List.of());
	}

	private static List<IncomingFile> incoming(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		// A file input left empty still sends one nameless, empty part.
		return files.stream()
			.filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())
			.map(f -> new IncomingFile(f.getOriginalFilename(), f.getSize(), () -> {
				try {
					return f.getInputStream();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}))
			.toList();
	}

	/**
	 * The documents kept with the complaint just registered (or registered by the first of two
	 * sends of one form), as they were stored: the citizen sees what reached the police.
	 */
	private List<FiledDocument> documents(ReferenceNumber justFiled) {
		return FiledDocument.of(attachments.ofComplaint(complaints.describe(justFiled).id()));
	}

	/** What the receipt shows; kept in the session for the one redirect, hence serializable. */
	record Filed(String reference, String grouped, LocalDate dueOn, List<FiledDocument> documents)
			implements Serializable {

		Filed(ReferenceNumber number, LocalDate dueOn, List<FiledDocument> documents) {
			this(number.value(), number.grouped(), dueOn, List.copyOf(documents));
		}
	}
}
