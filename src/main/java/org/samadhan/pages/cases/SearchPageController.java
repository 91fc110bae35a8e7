package org.samadhan.pages.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.samadhan.complaint.ComplaintQuery;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.PageAccess;
import org.samadhan.pages.PageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding complaints: one box takes a reference number (a mistyped one offers the numbers it may
 * have meant), a mobile number in any usual form, or words of the complainant's name, the
 * description or the place, in Hindi or English; the filters and the order narrow it or stand on
 * their own. It is the complaint module's list ({@code GET /api/complaints} with the same keys),
 * so an officer finds only what their posting lets them open.
 */
@Controller
@RequestMapping("/cases/search")
class SearchPageController {

	/** Every officer who reads complaints; an administrator keeps officers and sees none. */
	static final Set<Role> ROLES = EnumSet.of(Role.OPERATOR, Role.IGRS_CELL, Role.SHO, Role.IO, Role.CO, Role.ASP,
			Role.SP, Role.FEEDBACK_DESK);

	private static final int PAGE_SIZE = 50;

	private final CaseFilters filters;

	SearchPageController(CaseFilters filters) {
		this.filters = filters;
	}

	@Bean
	static PageLink searchLink() {
		return new PageLink("/cases/search", "page.link.search.name", "page.link.search.description", ROLES, 15);
	}

	@GetMapping
	String search(@ModelAttribute("filters") FilterForm form, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, ROLES);
		List<CaseViews.Row> rows = List.of();
		if (form.asksAnything()) {
			rows = filters.rows(new ComplaintQuery(null, false, false, page, PAGE_SIZE, form.toSearch()), form, errors,
					true, actor, model, locale);
		}
		else {
			filters.choices(true, actor, model, locale);
			model.addAttribute("openFilters", false);
		}
		model.addAttribute("asked", form.asksAnything());
		model.addAttribute("rows", rows);
		return "cases/search";
	}
}
