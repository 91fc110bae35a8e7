package org.samadhan.pages.operator;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.samadhan.complaint.Categories;
import org.samadhan.complaint.Category;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.ComplaintQuery;
import org.samadhan.complaint.ComplaintSearch;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Receipt;
import org.samadhan.intake.RegistrationRequest;
import org.samadhan.intake.Registrations;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.pages.FormErrors;
import org.samadhan.pages.PageAccess;
import org.samadhan.pages.PageLink;
import org.samadhan.pages.citizen.FilingForm;
import org.samadhan.scrutiny.RepeatPreview;
import org.samadhan.scrutiny.Scrutiny;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.MobileNumber;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An operator (helpline, the SP office's front desk, a thana's front desk) enters a complaint
 * received by phone, post, in person, at a Samadhan Diwas or a Janata Darshan, saying which. The
 * rules are intake's, as behind {@code POST /api/complaints}. While the mobile number, the
 * description and the place are typed, the page asks scrutiny whether the complaint would be
 * linked as a repeat, and shows how many earlier complaints, naming those the operator may open;
 * and, from the mobile number alone, the caller's earlier complaints the operator may open, with a
 * link to all of them.
 */
@Controller
@RequestMapping("/operator/complaints/new")
class OperatorPageController {

	static final Set<Role> ROLES = EnumSet.of(Role.OPERATOR, Role.IGRS_CELL);

	/** The channels an operator enters; the portal is the citizen's own. */
	static final List<Channel> CHANNELS = List.of(Channel.values())
		.stream()
		.filter(c -> c != Channel.PORTAL)
		.toList();

	private static final Map<String, String> FIELDS;

	/** Earlier complaints shown at once; the search page has the rest. */
	private static final int EARLIER_SHOWN = 5;

	static {
		Map<String, String> fields = new HashMap<>(FilingForm.FIELDS);
		fields.put("channel", "channel");
		FIELDS = Map.copyOf(fields);
	}

	private final Registrations registrations;

	private final Categories categories;

	private final Jurisdiction jurisdiction;

	private final Scrutiny scrutiny;

	private final Validator validator;

	private final Complaints complaints;

	private final ZoneId zone;

	OperatorPageController(Registrations registrations, Categories categories, Jurisdiction jurisdiction,
			Scrutiny scrutiny, Validator validator, Complaints complaints, Clock clock) {
		this.complaints = complaints;
		this.zone = clock.getZone();
		this.registrations = registrations;
		this.categories = categories;
		this.jurisdiction = jurisdiction;
		this.scrutiny = scrutiny;
		this.validator = validator;
	}

	@Bean
	static PageLink operatorEntryLink() {
		return new PageLink("/operator/complaints/new", "page.link.operator.name", "page.link.operator.description",
				ROLES, 10);
	}

	@GetMapping
	String form(Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, ROLES);
		OperatorForm form = new OperatorForm();
		districtOf(actor.posting()).ifPresent(d -> form.setDistrictCode(d.code()));
		if (actor.posting().kind() == UnitKind.STATION) {
			form.setStationCode(actor.posting().code());
		}
		return form(form, model, locale);
	}

	@GetMapping("/stations")
	String stations(@RequestParam(required = false) String districtCode, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, ROLES);
		model.addAttribute("stations", stationsOf(districtCode, locale));
		model.addAttribute("selectedStation", null);
		return "complaint-fields :: stations";
	}

	/** The repeat warning, swapped in while the operator types (htmx); empty until there is something to say. */
	@GetMapping("/repeats")
	String repeats(@RequestParam(required = false) String mobile, @RequestParam(required = false) String description,
			@RequestParam(required = false) String incidentAddress, @RequestParam(required = false) String districtCode,
			@RequestParam(required = false) String stationCode, Actor actor, Model model) {
		PageAccess.require(actor, ROLES);
		RepeatPreview preview = null;
		Unit district = jurisdiction.unitByCode(blank(districtCode) ? "" : districtCode.strip())
			.filter(u -> u.kind() == UnitKind.DISTRICT)
			.orElse(null);
		boolean enough = !blank(mobile) || !blank(description) && description.strip().length() >= 20;
		if (district != null && enough) {
			Long stationId = blank(stationCode) ? null
					: jurisdiction.unitByCode(stationCode.strip()).map(Unit::id).orElse(null);
			preview = scrutiny.wouldRepeat(FilingForm.digits(mobile), description, incidentAddress, district.id(),
					stationId, actor);
		}
		model.addAttribute("preview", preview);
		return "operator/new :: repeats";
	}

	/**
	 * The caller's earlier complaints, swapped in while the mobile number is typed (htmx): the newest
	 * few the operator may open, and a link to all of them on the search page. It is the complaint
	 * module's list for the operator's posting, so a thana's front desk learns nothing of complaints
	 * elsewhere; an unfinished number shows nothing.
	 */
	@GetMapping("/earlier")
	String earlier(@RequestParam(required = false) String mobile, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, ROLES);
		List<Earlier> earlier = MobileNumber.read(mobile)
			.map(number -> complaints
				.list(actor, new ComplaintQuery(null, false, false, 0, EARLIER_SHOWN,
						ComplaintSearch.NONE.withKeys(null, number.value(), null)))
				.stream()
				.map(c -> new Earlier(c.reference(), ReferenceNumber.parse(c.reference()).grouped(), c.status(),
						LocalDate.ofInstant(c.registeredAt(), zone)))
				.toList())
			.orElse(List.of());
		model.addAttribute("earlier", earlier);
		model.addAttribute("mobile", MobileNumber.read(mobile).map(MobileNumber::value).orElse(null));
		model.addAttribute("more", earlier.size() == EARLIER_SHOWN);
		return "operator/new :: earlier";
	}

	@PostMapping
	String enter(@ModelAttribute("form") OperatorForm form, BindingResult errors, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect) {
		PageAccess.require(actor, ROLES);
		Channel channel = channelOf(form.getChannel());
		if (channel == null) {
			errors.rejectValue("channel", "intake.channel.required");
		}
		RegistrationRequest request = form.toRequest(channel);
		FormErrors.reject(errors, validator.validate(request), FIELDS);
		if (form.hasUnreadableDate() && !errors.hasFieldErrors("incidentDate")) {
			errors.rejectValue("incidentDate", "page.file.date.unreadable");
		}
		if (errors.hasErrors()) {
			return form(form, model, locale);
		}
		try {
			Receipt receipt = registrations.register(request, channel, List.of(), actor, form.getIdempotencyKey());
			redirect.addFlashAttribute("entered",
					new Entered(ReferenceNumber.parse(receipt.reference()), receipt.dueOn()));
			return "redirect:/operator/complaints/new/receipt";
		}
		catch (PolicyRefusal refused) {
			FormErrors.reject(errors, refused, FIELDS);
			// Past the number's monthly limit an officer may still register, saying why.
			model.addAttribute("askLimitReason", PolicyRefusal.names(refused, "LIMIT_REASON_NEEDED"));
		}
		catch (InvalidInputException | ForbiddenActionException refused) {
			FormErrors.reject(errors, refused, FIELDS);
		}
		catch (ConflictException reused) {
			FormErrors.reject(errors, reused, FIELDS);
			form.setIdempotencyKey(UUID.randomUUID().toString());
		}
		return form(form, model, locale);
	}

	@GetMapping("/receipt")
	String receipt(Actor actor, Model model) {
		PageAccess.require(actor, ROLES);
		return model.containsAttribute("entered") ? "operator/receipt" : "redirect:/operator/complaints/new";
	}

	private String form(OperatorForm form, Model model, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("channels", CHANNELS);
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
		return "operator/new";
	}

	private java.util.Optional<Unit> districtOf(Unit posting) {
		if (posting == null) {
			return java.util.Optional.empty();
		}
		if (posting.kind() == UnitKind.DISTRICT) {
			return java.util.Optional.of(posting);
		}
		return posting.districtId() == null ? java.util.Optional.empty() : jurisdiction.findUnit(posting.districtId());
	}

	private List<Unit> stationsOf(String districtCode, Locale locale) {
		if (blank(districtCode)) {
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

	private static Channel channelOf(String typed) {
		if (blank(typed)) {
			return null;
		}
		try {
			Channel channel = Channel.valueOf(typed.strip());
			return CHANNELS.contains(channel) ? channel : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** One earlier complaint of the caller, as the operator's page lists it. */
	record Earlier(String reference, String grouped, ComplaintStatus status, LocalDate registeredOn) {
	}

	/** What the receipt shows; kept in the session for the one redirect, hence serializable. */
	record Entered(String reference, String grouped, LocalDate dueOn) implements Serializable {

		Entered(ReferenceNumber number, LocalDate dueOn) {
			this(number.value(), number.grouped(), dueOn);
		}
	}
}
