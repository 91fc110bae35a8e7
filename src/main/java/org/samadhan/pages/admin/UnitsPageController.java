package org.samadhan.pages.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Validator;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.AdminRequests.NewUnit;
import org.samadhan.jurisdiction.AdminRequests.UnitChange;
import org.samadhan.jurisdiction.AdminRequests.UnitClosure;
import org.samadhan.jurisdiction.Administration;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.pages.FormErrors;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.NotFoundException;
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
 * A district's units as its administrator keeps them: the tree (circles, stations, their beats and
 * outposts, closed ones marked), a form to add a unit under a parent, and one page per unit to
 * rename it or set its position (against the version read: a change made meanwhile is shown as it
 * now is), to close it (the refusal lists what is left in it), and to see who held its posts on a
 * day. The rules are administration's, as behind {@code /api/admin/units}; a district the
 * administrator does not keep is the 404 page.
 */
@Controller
@RequestMapping("/admin/districts/{district}")
class UnitsPageController {

	/** The kinds added on this page, each under its parent's kind (administration's rule decides). */
	static final Set<UnitKind> ADDED = EnumSet.of(UnitKind.CIRCLE, UnitKind.STATION, UnitKind.BEAT, UnitKind.OUTPOST);

	private final Administration administration;

	private final Validator validator;

	private final MessageSource messages;

	private final Clock clock;

	UnitsPageController(Administration administration, Validator validator, MessageSource messages, Clock clock) {
		this.administration = administration;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String district(@PathVariable String district, @RequestParam(required = false) String parent, Actor actor,
			Model model, Locale locale) {
		UnitForm form = new UnitForm();
		form.setParentCode(parent);
		return district(district, form, actor, model, locale);
	}

	@PostMapping("/units")
	String add(@PathVariable String district, @ModelAttribute("unitForm") UnitForm form, BindingResult errors,
			Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		List<Unit> units = unitsOf(district, actor);
		NewUnit request = form.toNewUnit(errors);
		FormErrors.reject(errors, validator.validate(request), UnitForm.FIELDS);
		if (!errors.hasErrors()) {
			try {
				Unit added = administration.createUnit(request, actor);
				redirect.addFlashAttribute("notice", messages.getMessage("page.admin.unit.added",
						new Object[] { added.name(locale), added.code() }, locale));
				return "redirect:/admin/districts/" + units.get(0).code() + "#unit-" + added.code();
			}
			catch (SamadhanException refused) {
				FormErrors.reject(errors, refused, UnitForm.FIELDS);
			}
		}
		return district(district, form, actor, model, locale);
	}

	@GetMapping("/units/{unit}")
	String unit(@PathVariable String district, @PathVariable String unit, @RequestParam(required = false) String on,
			Actor actor, Model model, Locale locale) {
		Unit shown = unitOf(district, unit, actor);
		model.addAttribute("changeForm", UnitForm.of(shown));
		model.addAttribute("closeForm", ReasonForm.at(shown.version()));
		return unitPage(district, shown, on, actor, model, locale);
	}

	@GetMapping({ "/units/{unit}/change", "/units/{unit}/close" })
	String backToUnit(@PathVariable String district, @PathVariable String unit) {
		return "redirect:/admin/districts/{district}/units/{unit}";
	}

	/** The address a refused "add" form came back from, opened again (the language switch): the district. */
	@GetMapping("/units")
	String backToDistrict(@PathVariable String district) {
		return "redirect:/admin/districts/{district}";
	}

	@PostMapping("/units/{unit}/change")
	String change(@PathVariable String district, @PathVariable String unit,
			@ModelAttribute("changeForm") UnitForm form, BindingResult errors, Actor actor, Model model, Locale locale,
			RedirectAttributes redirect) {
		Unit shown = unitOf(district, unit, actor);
		UnitChange request = form.toChange(errors);
		FormErrors.reject(errors, validator.validate(request), UnitForm.FIELDS);
		if (!errors.hasErrors()) {
			try {
				Unit changed = administration.changeUnit(shown.code(), request, actor);
				redirect.addFlashAttribute("notice",
						messages.getMessage("page.admin.unit.changed", new Object[] { changed.name(locale) }, locale));
				return "redirect:/admin/districts/{district}/units/{unit}";
			}
			catch (ConflictException meanwhile) {
				// What is shown is what it is now; what was typed stays, to be sent again on purpose.
				FormErrors.reject(errors, meanwhile, UnitForm.FIELDS);
				shown = unitOf(district, unit, actor);
				form.setVersion(String.valueOf(shown.version()));
				model.addAttribute("meanwhile", true);
			}
			catch (SamadhanException refused) {
				FormErrors.reject(errors, refused, UnitForm.FIELDS);
			}
		}
		model.addAttribute("closeForm", ReasonForm.at(shown.version()));
		return unitPage(district, shown, null, actor, model, locale);
	}

	@PostMapping("/units/{unit}/close")
	String close(@PathVariable String district, @PathVariable String unit, @ModelAttribute("closeForm") ReasonForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		Unit shown = unitOf(district, unit, actor);
		UnitClosure request = form.toClosure();
		FormErrors.reject(errors, validator.validate(request), ReasonForm.FIELDS);
		if (!errors.hasErrors()) {
			try {
				Unit closed = administration.closeUnit(shown.code(), request, actor);
				redirect.addFlashAttribute("notice",
						messages.getMessage("page.admin.unit.closed", new Object[] { closed.name(locale) }, locale));
				return "redirect:/admin/districts/{district}/units/{unit}";
			}
			catch (ConflictException meanwhile) {
				FormErrors.reject(errors, meanwhile, ReasonForm.FIELDS);
				shown = unitOf(district, unit, actor);
				form.setVersion(String.valueOf(shown.version()));
			}
			catch (SamadhanException refused) {
				FormErrors.reject(errors, refused, ReasonForm.FIELDS);
			}
		}
		model.addAttribute("changeForm", UnitForm.of(shown));
		return unitPage(district, shown, null, actor, model, locale);
	}

	private String district(String code, UnitForm form, Actor actor, Model model, Locale locale) {
		List<Unit> units = unitsOf(code, actor);
		Unit district = units.get(0);
		model.addAttribute("district", district);
		model.addAttribute("tree", Node.tree(district, units));
		model.addAttribute("unitForm", form);
		model.addAttribute("kinds", ADDED);
		model.addAttribute("parents", units.stream()
			.filter(u -> u.open() && u.kind().compareTo(UnitKind.STATION) <= 0)
			.map(u -> new Choice(u.code(), Choice.indented(u, units, locale, messages)))
			.toList());
		return "admin/district";
	}

	private String unitPage(String districtCode, Unit unit, String on, Actor actor, Model model, Locale locale) {
		List<Unit> units = unitsOf(districtCode, actor);
		model.addAttribute("district", units.get(0));
		model.addAttribute("unit", unit);
		model.addAttribute("parent", units.stream().filter(u -> Long.valueOf(u.id()).equals(unit.parentId()))
			.findFirst().orElse(null));
		model.addAttribute("children", units.stream().filter(u -> Long.valueOf(unit.id()).equals(u.parentId())).toList());
		model.addAttribute("takesChildren", unit.open() && unit.kind().compareTo(UnitKind.STATION) <= 0
				&& unit.kind().compareTo(UnitKind.DISTRICT) >= 0);
		model.addAttribute("closable", unit.open() && ADDED.contains(unit.kind()));
		LocalDate day = LocalDate.now(clock);
		String onError = null;
		if (on != null && !on.isBlank()) {
			try {
				day = LocalDate.parse(on.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				onError = "page.admin.date.unreadable";
			}
		}
		model.addAttribute("on", on == null || on.isBlank() ? day.toString() : on);
		model.addAttribute("onError", onError);
		model.addAttribute("holders", onError == null ? administration.holders(unit.code(), day, actor) : List.of());
		return "admin/unit";
	}

	/** The district's units in tree order (the district first); one the administrator does not keep is the 404 page. */
	private List<Unit> unitsOf(String district, Actor actor) {
		return Addresses.found(() -> administration.unitsOf(district, actor));
	}

	/** A unit of this district, as the address names them. */
	private Unit unitOf(String district, String code, Actor actor) {
		Unit unit = Addresses.found(() -> administration.unit(code, actor));
		Unit of = unitsOf(district, actor).get(0);
		if (!of.code().equals(unit.code()) && !Long.valueOf(of.id()).equals(unit.districtId())) {
			throw new NotFoundException("admin.unit.unknown", code);
		}
		return unit;
	}

	/** A unit with the units under it, for the tree. */
	record Node(Unit unit, List<Node> children) {

		static List<Node> tree(Unit root, List<Unit> units) {
			Map<Long, List<Unit>> byParent = new LinkedHashMap<>();
			units.forEach(u -> byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
			return below(root, byParent);
		}

		private static List<Node> below(Unit parent, Map<Long, List<Unit>> byParent) {
			return byParent.getOrDefault(parent.id(), List.of())
				.stream()
				.map(u -> new Node(u, below(u, byParent)))
				.toList();
		}
	}
}
