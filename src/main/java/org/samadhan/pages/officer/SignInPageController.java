package org.samadhan.pages.officer;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.pages.PageLink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officers' way in: the sign-in form (Spring Security checks what it posts to
 * {@code /login}) and the home page that lists the pages the officer's roles may use.
 */
@Controller
class SignInPageController {

	private final List<PageLink> links;

	private final Jurisdiction jurisdiction;

	SignInPageController(List<PageLink> links, Jurisdiction jurisdiction) {
		this.links = links;
		this.jurisdiction = jurisdiction;
	}

	/**
	 * The sign-in form; after wrong passwords made the account or the address wait, with how long
	 * ({@code wait} seconds, or {@code locked} / {@code address-locked} minutes, as the security
	 * configuration sends them back here).
	 */
	@GetMapping("/login")
	String signIn(@RequestParam(required = false) Long wait, @RequestParam(required = false) Long locked,
			@RequestParam(name = "address-locked", required = false) Long addressLocked, Model model) {
		model.addAttribute("wait", wait);
		model.addAttribute("locked", locked);
		model.addAttribute("addressLocked", addressLocked);
		return "officer/login";
	}

	@GetMapping("/home")
	String home(Actor actor, Model model, Locale locale) {
		model.addAttribute("officer", actor);
		model.addAttribute("name", jurisdiction.findOfficer(actor.officerId())
			.map(o -> "hi".equals(locale.getLanguage()) ? o.nameHi() : o.nameEn())
			.orElse(actor.name()));
		model.addAttribute("roles", actor.roles().stream().sorted().toList());
		model.addAttribute("links", links.stream()
			.filter(link -> link.servesAnyRoleOf(actor))
			.sorted(Comparator.comparingInt(PageLink::order))
			.toList());
		return "officer/home";
	}
}
