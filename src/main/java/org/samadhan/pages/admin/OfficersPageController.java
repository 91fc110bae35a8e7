package org.samadhan.pages.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.samadhan.jurisdiction.AccountState;
import org.samadhan.jurisdiction.Accounts;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.AdminRequests.NewOfficer;
import org.samadhan.jurisdiction.AdminRequests.NewPosting;
import org.samadhan.jurisdiction.AdminRequests.OfficerChange;
import org.samadhan.jurisdiction.AdminRequests.Relief;
import org.samadhan.jurisdiction.Administration;
import org.samadhan.jurisdiction.Administration.AdminScope;
import org.samadhan.jurisdiction.Administration.OfficerRecord;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.OfficerStatus;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.pages.FormErrors;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.SamadhanException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers an administrator keeps: a searchable list, a form to create an officer with their
 * first posting, and one page per officer with their details and dated posting history and forms
 * to change the details, post them (a transfer, new roles, a reinstatement), suspend or deactivate
 * them, each carrying the version read. The rules are administration's, as behind
 * {@code /api/admin/officers}; the unit picker offers the administrator's units and the roles the
 * chosen unit can hold ({@link Role#canBeHeldAt}) to help, and the service decides. An officer the
 * administrator does not keep is the 404 page.
 */
@Controller
@RequestMapping("/admin/officers")
class OfficersPageController {

	private static final int PAGE_SIZE = 50;

	private final Administration administration;

	private final Accounts accounts;

	private final Jurisdiction jurisdiction;

	private final Validator validator;

	private final MessageSource messages;

	private final Clock clock;

	OfficersPageController(Administration administration, Accounts accounts, Jurisdiction jurisdiction,
			Validator validator, MessageSource messages, Clock clock) {
		this.administration = administration;
		this.accounts = accounts;
		this.jurisdiction = jurisdiction;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String district, @RequestParam(required = false) String page, Actor actor,
			Model model, Locale locale) {
		AdminScope scope = administration.scopeOf(actor);
		OfficerStatus chosen = Addresses.oneOf(OfficerStatus.class, status);
		int number = Addresses.page(page);
		String area = scope.state() ? Typed.text(district) : null;
		List<Officer> officers = Addresses.found(
				() -> administration.officers(area, Typed.text(q), chosen, number, PAGE_SIZE, actor));
		model.addAttribute("officers", officers);
		model.addAttribute("q", q);
		model.addAttribute("status", chosen);
		model.addAttribute("statuses", OfficerStatus.values());
		model.addAttribute("state", scope.state());
		model.addAttribute("district", area);
		model.addAttribute("districts", scope.state() ? districts(locale) : List.of());
		model.addAttribute("page", number);
		model.addAttribute("more", officers.size() == PAGE_SIZE);
		return "admin/officers";
	}

	@GetMapping("/new")
	String newOfficer(Actor actor, Model model, Locale locale) {
		OfficerForm form = new OfficerForm();
		form.setFrom(LocalDate.now(clock).toString());
		return newOfficer(form, actor, model, locale);
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") OfficerForm form, BindingResult errors, Actor actor, Model model,
			Locale locale, RedirectAttributes redirect) {
		administration.scopeOf(actor);
		NewOfficer request = form.toNewOfficer(errors);
		FormErrors.reject(errors, validator.validate(request), OfficerForm.FIELDS);
		if (!errors.hasErrors()) {
			try {
				Officer created = administration.createOfficer(request, actor);
				redirect.addFlashAttribute("notice",
						messages.getMessage("page.admin.officer.created", new Object[] { created.username() }, locale));
				return "redirect:/admin/officers/" + created.id();
			}
			catch (SamadhanException refused) {
				FormErrors.reject(errors, refused, OfficerForm.FIELDS);
			}
		}
		return newOfficer(form, actor, model, locale);
	}

	/** The unit picker of one area, swapped into a posting form when the area changes (state administrators). */
	@GetMapping("/units")
	String units(@RequestParam(required = false) String area, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String prefix, Actor actor, Model model, Locale locale) {
		OfficerForm form = new OfficerForm();
		form.setArea(area);
		form.setUnitCode(unitCode);
		model.addAttribute("units", unitChoices(form, actor, locale));
		model.addAttribute("unitCode", unitCode);
		model.addAttribute("prefix", prefix(prefix));
		return "admin/parts :: unit-select";
	}

	/** The roles the chosen unit can hold, swapped into a posting form when the unit changes. */
	@GetMapping("/roles")
	String roles(@RequestParam(required = false) String unitCode,
			@RequestParam(required = false) List<String> roles, @RequestParam(required = false) String prefix,
			Actor actor, Model model) {
		administration.scopeOf(actor);
		OfficerForm form = new OfficerForm();
		form.setUnitCode(unitCode);
		form.setRoles(roles);
		model.addAttribute("roleChoices", roleChoices(form.getUnitCode(), actor));
		model.addAttribute("checked", form.chosenRoles());
		model.addAttribute("prefix", prefix(prefix));
		return "admin/parts :: roles";
	}

	@GetMapping("/{id}")
	String officer(@PathVariable String id, Actor actor, Model model, Locale locale) {
		return page(Addresses.number(id, "admin.officer.unknown"), actor, model, locale);
	}

	@GetMapping({ "/{id}/details", "/{id}/posting", "/{id}/suspend", "/{id}/deactivate", "/{id}/unlock",
			"/{id}/password-reset" })
	String backToOfficer(@PathVariable String id) {
		return "redirect:/admin/officers/{id}";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable String id, Actor actor, Locale locale, RedirectAttributes redirect) {
		return onAccount(id, officerId -> accounts.unlock(officerId, actor), "page.admin.account.unlocked", locale,
				redirect);
	}

	@PostMapping("/{id}/password-reset")
	String passwordReset(@PathVariable String id, Actor actor, Locale locale, RedirectAttributes redirect) {
		return onAccount(id, officerId -> accounts.forceReset(officerId, actor), "page.admin.account.reset-sent",
				locale, redirect);
	}

	/** Does one thing to an officer's account and comes back to their page, saying what was done. */
	private String onAccount(String id, java.util.function.LongFunction<AccountState> action, String noticeKey,
			Locale locale, RedirectAttributes redirect) {
		long officerId = Addresses.number(id, "admin.officer.unknown");
		AccountState state = action.apply(officerId);
		redirect.addFlashAttribute("notice", messages.getMessage(noticeKey, new Object[] { state.username() }, locale));
		return "redirect:/admin/officers/" + officerId;
	}

	@PostMapping("/{id}/details")
	String details(@PathVariable String id, @ModelAttribute("detailsForm") OfficerForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		long officerId = Addresses.number(id, "admin.officer.unknown");
		OfficerChange request = form.toChange();
		return act(officerId, "details", form, errors, actor, model, locale, redirect, "page.admin.officer.details-changed",
				validator.validate(request), () -> administration.changeOfficer(officerId, request, actor));
	}

	@PostMapping("/{id}/posting")
	String post(@PathVariable String id, @ModelAttribute("postingForm") OfficerForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		long officerId = Addresses.number(id, "admin.officer.unknown");
		NewPosting request = form.toPosting(errors);
		return act(officerId, "posting", form, errors, actor, model, locale, redirect, "page.admin.officer.posted",
				validator.validate(request), () -> administration.post(officerId, request, actor));
	}

	@PostMapping("/{id}/suspend")
	String suspend(@PathVariable String id, @ModelAttribute("suspendForm") ReasonForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		long officerId = Addresses.number(id, "admin.officer.unknown");
		Relief request = form.toRelief();
		return relieve(officerId, "suspend", form, errors, actor, model, locale, redirect, "page.admin.officer.suspended",
				validator.validate(request), () -> administration.suspend(officerId, request, actor));
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable String id, @ModelAttribute("deactivateForm") ReasonForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		long officerId = Addresses.number(id, "admin.officer.unknown");
		Relief request = form.toRelief();
		return relieve(officerId, "deactivate", form, errors, actor, model, locale, redirect,
				"page.admin.officer.deactivated",
				validator.validate(request), () -> administration.deactivate(officerId, request, actor));
	}

	/**
	 * Checks the request's shape, then asks administration; done, back to the officer's page with a
	 * notice; refused, the page again with the form as typed and the refusal next to its field. A
	 * change made meanwhile is shown as the officer now is, and the form takes the version now read.
	 */
	private String act(long id, String formName, OfficerForm form, BindingResult errors, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, String doneKey,
			Set<? extends ConstraintViolation<?>> violations, Change change) {
		administration.officer(id, actor);
		FormErrors.reject(errors, violations, OfficerForm.FIELDS);
		if (!errors.hasErrors()) {
			try {
				Officer after = change.apply();
				redirect.addFlashAttribute("notice", messages.getMessage(doneKey,
						new Object[] { after.username(), after.posting() == null ? "" : after.posting().name(locale) },
						locale));
				return "redirect:/admin/officers/" + id;
			}
			catch (ConflictException conflict) {
				FormErrors.reject(errors, conflict, OfficerForm.FIELDS);
				int now = administration.officer(id, actor).officer().version();
				if (!Integer.valueOf(now).equals(Typed.whole(form.getVersion()))) {
					form.setVersion(String.valueOf(now));
					model.addAttribute("meanwhile", formName);
				}
			}
			catch (SamadhanException refused) {
				FormErrors.reject(errors, refused, OfficerForm.FIELDS);
			}
		}
		model.addAttribute("refusedForm", formName);
		return page(id, actor, model, locale);
	}

	private String relieve(long id, String formName, ReasonForm form, BindingResult errors, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect, String doneKey,
			Set<? extends ConstraintViolation<?>> violations, Change change) {
		administration.officer(id, actor);
		FormErrors.reject(errors, violations, ReasonForm.FIELDS);
		if (!errors.hasErrors()) {
			try {
				Officer after = change.apply();
				redirect.addFlashAttribute("notice",
						messages.getMessage(doneKey, new Object[] { after.username() }, locale));
				return "redirect:/admin/officers/" + id;
			}
			catch (ConflictException conflict) {
				FormErrors.reject(errors, conflict, ReasonForm.FIELDS);
				int now = administration.officer(id, actor).officer().version();
				if (!Integer.valueOf(now).equals(Typed.whole(form.getVersion()))) {
					form.setVersion(String.valueOf(now));
					model.addAttribute("meanwhile", formName);
				}
			}
			catch (SamadhanException refused) {
				FormErrors.reject(errors, refused, ReasonForm.FIELDS);
			}
		}
		model.addAttribute("refusedForm", formName);
		return page(id, actor, model, locale);
	}

	/** A change to one officer, answering the officer as they now are. */
	@FunctionalInterface
	private interface Change {

		Officer apply();
	}

	private String page(long id, Actor actor, Model model, Locale locale) {
		OfficerRecord record = administration.officer(id, actor);
		Officer officer = record.officer();
		model.addAttribute("officer", officer);
		model.addAttribute("postings", record.postings());
		model.addAttribute("self", actor.is(officer.id()));
		if (!model.containsAttribute("detailsForm")) {
			model.addAttribute("detailsForm", OfficerForm.details(officer));
		}
		if (!model.containsAttribute("postingForm")) {
			OfficerForm posting = new OfficerForm();
			posting.setArea(areaOf(record, actor));
			posting.setFrom(LocalDate.now(clock).toString());
			posting.setVersion(String.valueOf(officer.version()));
			model.addAttribute("postingForm", posting);
		}
		for (String relief : List.of("suspendForm", "deactivateForm")) {
			if (!model.containsAttribute(relief)) {
				model.addAttribute(relief, ReasonForm.at(officer.version()));
			}
		}
		OfficerForm posting = (OfficerForm) model.getAttribute("postingForm");
		pickers(posting, actor, model, locale);
		model.addAttribute("account", accounts.state(id, actor));
		model.addAttribute("zone", clock.getZone());
		return "admin/officer";
	}

	private String newOfficer(OfficerForm form, Actor actor, Model model, Locale locale) {
		administration.scopeOf(actor);
		model.addAttribute("form", form);
		pickers(form, actor, model, locale);
		return "admin/officer-new";
	}

	/** What a posting form's pickers offer: the areas (for the state), the units, the roles. */
	private void pickers(OfficerForm form, Actor actor, Model model, Locale locale) {
		AdminScope scope = administration.scopeOf(actor);
		model.addAttribute("state", scope.state());
		if (scope.state()) {
			List<Choice> areas = new ArrayList<>();
			jurisdiction.ofKind(UnitKind.STATE)
				.forEach(s -> areas.add(new Choice(s.code(), messages.getMessage("page.admin.area.state",
						new Object[] { s.name(locale) }, locale))));
			districts(locale).forEach(areas::add);
			model.addAttribute("areas", areas);
		}
		model.addAttribute("units", unitChoices(form, actor, locale));
		model.addAttribute("roleChoices", roleChoices(form.getUnitCode(), actor));
		model.addAttribute("checked", form.chosenRoles());
	}

	/**
	 * The open units a posting may name, in tree order: of the administrator's district, or for the
	 * state of the chosen area (a district, or the state's own units: the state, zones and ranges).
	 */
	private List<Choice> unitChoices(OfficerForm form, Actor actor, Locale locale) {
		AdminScope scope = administration.scopeOf(actor);
		List<Unit> units;
		String area = Typed.text(form.getArea());
		if (!scope.state()) {
			units = administration.unitsOf(jurisdiction.unit(scope.districtId()).code(), actor);
		}
		else if (area == null) {
			return List.of();
		}
		else {
			Unit chosen = jurisdiction.unitByCode(area).orElse(null);
			if (chosen == null) {
				return List.of();
			}
			units = chosen.kind() == UnitKind.DISTRICT ? administration.unitsOf(chosen.code(), actor) : stateUnits();
		}
		List<Unit> all = units;
		return units.stream()
			.filter(Unit::open)
			.map(u -> new Choice(u.code(), Choice.indented(u, all, locale, messages)))
			.toList();
	}

	/** The form a swapped picker belongs to, which its ids start with ("new", "posting"). */
	private static String prefix(String asked) {
		return asked == null || !asked.matches("[a-z]{1,20}") ? "new" : asked;
	}

	/** The state, then each zone followed by its ranges: the posts above the districts. */
	private List<Unit> stateUnits() {
		List<Unit> units = new ArrayList<>(jurisdiction.ofKind(UnitKind.STATE));
		for (Unit zone : jurisdiction.ofKind(UnitKind.ZONE)) {
			units.add(zone);
			jurisdiction.ofKind(UnitKind.RANGE)
				.stream()
				.filter(range -> Long.valueOf(zone.id()).equals(range.zoneId()))
				.forEach(units::add);
		}
		return units;
	}

	/** The roles an officer may be given at the chosen unit; every role while none is chosen. */
	private List<Role> roleChoices(String unitCode, Actor actor) {
		UnitKind kind = null;
		String code = Typed.text(unitCode);
		if (code != null) {
			try {
				kind = administration.unit(code, actor).kind();
			}
			catch (SamadhanException unknown) {
				// the picker shows every role; the service refuses the unit when the form is sent
			}
		}
		UnitKind at = kind;
		return Arrays.stream(Role.values())
			.filter(Role::isOfficerRole)
			.filter(role -> at == null || role.canBeHeldAt(at))
			.toList();
	}

	/** Where the posting form's picker starts: the district (or the state's units) of the latest posting. */
	private String areaOf(OfficerRecord record, Actor actor) {
		if (!administration.scopeOf(actor).state() || record.postings().isEmpty()) {
			return null;
		}
		Unit latest = record.postings().get(0).unit();
		return latest.districtId() == null ? jurisdiction.ofKind(UnitKind.STATE).stream()
			.findFirst()
			.map(Unit::code)
			.orElse(null) : jurisdiction.unit(latest.districtId()).code();
	}

	private List<Choice> districts(Locale locale) {
		return jurisdiction.ofKind(UnitKind.DISTRICT)
			.stream()
			.sorted(Comparator.comparing((Unit d) -> d.name(locale)))
			.map(d -> new Choice(d.code(), d.name(locale)))
			.toList();
	}
}
