package org.samadhan.pages.admin;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.AdminChange;
import org.samadhan.jurisdiction.Administration;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The record of administration, newest first: who changed which unit or officer, when, and what;
 * of the administrator's district, or all of it for the state. It may be narrowed to one officer
 * (by username) or one unit (by code); one the administrator does not keep is said next to its
 * filter. Each kind of change is named in the page's language. The record is
 * {@link Administration#changes}', as behind {@code /api/admin/changes}.
 */
@Controller
class ChangesPageController {

	private final Administration administration;

	private final Jurisdiction jurisdiction;

	private final MessageSource messages;

	private final Clock clock;

	ChangesPageController(Administration administration, Jurisdiction jurisdiction, MessageSource messages,
			Clock clock) {
		this.administration = administration;
		this.jurisdiction = jurisdiction;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/admin/changes")
	String changes(@RequestParam(required = false) String officer, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String page, Actor actor, Model model, Locale locale) {
		administration.scopeOf(actor);
		String username = Typed.text(officer);
		String unitCode = Typed.text(unit);
		int number = Addresses.page(page);
		model.addAttribute("officer", officer);
		model.addAttribute("unit", unit);
		model.addAttribute("page", number);
		model.addAttribute("zone", clock.getZone());
		Long officerId = null;
		if (username != null) {
			officerId = jurisdiction.findOfficerByUsername(username).map(Officer::id).orElse(null);
			if (officerId == null) {
				return refused(model, "officerError", "admin.officer.unknown", new Object[0], locale);
			}
		}
		List<AdminChange> changes;
		try {
			changes = administration.changes(officerId, unitCode, number, actor);
		}
		catch (NotFoundException notTheirs) {
			return refused(model, "officerError", notTheirs.messageKey(), notTheirs.arguments(), locale);
		}
		catch (InvalidInputException unknownUnit) {
			return refused(model, "unitError", unknownUnit.messageKey(), unknownUnit.arguments(), locale);
		}
		model.addAttribute("changes", lines(changes, locale));
		model.addAttribute("more", changes.size() == 100);
		return "admin/changes";
	}

	private String refused(Model model, String field, String key, Object[] arguments, Locale locale) {
		model.addAttribute(field, messages.getMessage(key, arguments, key, locale));
		model.addAttribute("changes", List.of());
		model.addAttribute("more", false);
		return "admin/changes";
	}

	/** Each change with the officer and unit it concerns, as people name them. */
	private List<Line> lines(List<AdminChange> changes, Locale locale) {
		Map<Long, Officer> officers = new HashMap<>();
		return changes.stream().map(c -> {
			Officer concerned = c.officerId() == null ? null
					: officers.computeIfAbsent(c.officerId(), id -> jurisdiction.findOfficer(id).orElse(null));
			Unit at = c.unitId() == null ? null : jurisdiction.findUnit(c.unitId()).orElse(null);
			return new Line(c, concerned, at, at == null || at.districtId() == null ? null
					: jurisdiction.findUnit(at.districtId()).map(Unit::code).orElse(null));
		}).toList();
	}

	/** A change, the officer and the unit it concerns, and the district whose page shows that unit. */
	record Line(AdminChange change, Officer officer, Unit unit, String districtCode) {
	}
}
