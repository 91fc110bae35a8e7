package org.samadhan.pages.account;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.samadhan.jurisdiction.Accounts;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.PasswordRules;
import org.samadhan.pages.FormErrors;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An officer's password: set with the one-time link of the SMS ({@code /account/setup/<link>}) or
 * with the username and the SMS's code ({@code /account/setup}), neither needing a sign-in; and
 * changed by the signed-in officer ({@code /account/password}), who then signs in again. Every
 * rule is the {@link Accounts}' ({@link PasswordRules} for the password itself); the page only
 * asks for the new password twice, so that a typing slip does not lock the officer out.
 */
@Controller
@RequestMapping("/account")
class AccountPageController {

	/** The module's field names, and the form's. */
	private static final Map<String, String> FIELDS = Map.of("username", "username", "code", "code",
			"currentPassword", "currentPassword", "newPassword", "password");

	private final Accounts accounts;

	private final Clock clock;

	AccountPageController(Accounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/setup/{token}")
	String setupByLink(@PathVariable String token, Model model) {
		try {
			model.addAttribute("setup", accounts.setup(token));
		}
		catch (NotFoundException gone) {
			return "account/setup-gone";
		}
		model.addAttribute("form", new AccountForm());
		return setupPage(model, token);
	}

	@PostMapping("/setup/{token}")
	String setByLink(@PathVariable String token, @ModelAttribute("form") AccountForm form, BindingResult errors,
			Model model) {
		try {
			model.addAttribute("setup", accounts.setup(token));
		}
		catch (NotFoundException gone) {
			return "account/setup-gone";
		}
		if (confirmed(form, errors)) {
			try {
				accounts.setPasswordWithLink(token, form.getPassword());
				return "redirect:/login?password-set";
			}
			catch (NotFoundException gone) {
				return "account/setup-gone";
			}
			catch (SamadhanException refused) {
				reject(errors, refused);
			}
		}
		return setupPage(model, token);
	}

	@GetMapping("/setup")
	String setupByCode(Model model) {
		model.addAttribute("form", new AccountForm());
		return setupPage(model, null);
	}

	@PostMapping("/setup")
	String setByCode(@ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			HttpServletRequest request) {
		if (confirmed(form, errors)) {
			try {
				accounts.setPasswordWithCode(form.getUsername(), form.getCode(), form.getPassword(),
						request.getRemoteAddr());
				return "redirect:/login?password-set";
			}
			catch (NotFoundException wrong) {
				errors.rejectValue("code", wrong.messageKey());
			}
			catch (SamadhanException refused) {
				reject(errors, refused);
			}
		}
		return setupPage(model, null);
	}

	@GetMapping("/password")
	String changeForm(Actor actor, Model model) {
		model.addAttribute("form", new AccountForm());
		return "account/password";
	}

	/** A changed password ends every sign-in made with the old one, this one too: the officer signs in again. */
	@PostMapping("/password")
	String change(Actor actor, @ModelAttribute("form") AccountForm form, BindingResult errors,
			HttpServletRequest request) {
		if (confirmed(form, errors)) {
			try {
				accounts.changeOwnPassword(actor, form.getCurrentPassword(), form.getPassword(),
						request.getRemoteAddr());
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				SecurityContextHolder.clearContext();
				return "redirect:/login?password-changed";
			}
			catch (SamadhanException refused) {
				reject(errors, refused);
			}
		}
		return "account/password";
	}

	private String setupPage(Model model, String token) {
		model.addAttribute("token", token);
		model.addAttribute("zone", clock.getZone());
		return "account/setup";
	}

	/** The new password typed twice the same; the module checks the rest. */
	private static boolean confirmed(AccountForm form, BindingResult errors) {
		if (form.getPassword() != null && !form.getPassword().isEmpty()
				&& !Objects.equals(form.getPassword(), form.getConfirmation())) {
			errors.rejectValue("confirmation", "password.confirmation.mismatch");
			return false;
		}
		return true;
	}

	/** A broken password rule goes next to the new password, one line per rule. */
	private static void reject(BindingResult errors, SamadhanException refused) {
		if (refused instanceof PolicyRefusal rules) {
			rules.reasons().forEach(r -> errors.rejectValue("password", r.messageKey(), r.arguments(), null));
		}
		else {
			FormErrors.reject(errors, refused, FIELDS);
		}
	}
}
