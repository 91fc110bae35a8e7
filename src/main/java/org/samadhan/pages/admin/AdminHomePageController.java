package org.samadhan.pages.admin;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Administration;
import org.samadhan.jurisdiction.Administration.AdminScope;
import org.samadhan.jurisdiction.Administration.DistrictStaffing;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.PageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' way in: the pages for the units, the officers, a district's bulk set-up, a
 * transfer list and the record of administration. A district administrator (the SP's office) keeps
 * that district; the state's administrator keeps every district and sees here which are not yet
 * staffed (no one to receive their complaints), each opening its units. Who administers what is
 * administration's answer ({@link Administration#scopeOf}); anyone else gets the 403 page.
 */
@Controller
class AdminHomePageController {

	static final Set<Role> ROLES = EnumSet.of(Role.ADMIN);

	private final Administration administration;

	private final Jurisdiction jurisdiction;

	AdminHomePageController(Administration administration, Jurisdiction jurisdiction) {
		this.administration = administration;
		this.jurisdiction = jurisdiction;
	}

	@Bean
	static PageLink administrationLink() {
		return new PageLink("/admin", "page.link.admin.name", "page.link.admin.description", ROLES, 30);
	}

	@GetMapping("/admin")
	String home(Actor actor, Model model, Locale locale) {
		AdminScope scope = administration.scopeOf(actor);
		model.addAttribute("state", scope.state());
		if (scope.state()) {
			model.addAttribute("districts", administration.staffing(actor)
				.stream()
				.sorted(Comparator.comparing((DistrictStaffing s) -> s.staffed())
					.thenComparing(s -> s.district().name(locale)))
				.toList());
		}
		else {
			model.addAttribute("district", jurisdiction.unit(scope.districtId()));
		}
		return "admin/home";
	}
}
