package org.samadhan.jurisdiction.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.samadhan.jurisdiction.AccountState;
import org.samadhan.jurisdiction.Accounts;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.SignInLock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Passwords and sign-in locks: an officer changes their own password; administrators force a
 * reset, unlock an account and see the locks in force, for the officers they keep.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Accounts", description = "Own password, forced resets, sign-in locks")
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change one's own password, giving the current one (counted like a sign-in); other sessions end")
	void changePassword(@Valid @RequestBody PasswordChange request, Actor actor, HttpServletRequest http) {
		accounts.changeOwnPassword(actor, request.currentPassword(), request.newPassword(), http.getRemoteAddr());
	}

	@GetMapping("/admin/officers/{id}/account")
	@Operation(summary = "An officer's account: password set, a one-time setup waiting, wrong passwords and any lock")
	AccountState account(@PathVariable long id, Actor actor) {
		return accounts.state(id, actor);
	}

	@PostMapping("/admin/officers/{id}/password-reset")
	@Operation(summary = "Make the officer's password unusable at once and send a one-time setup to their mobile")
	AccountState forceReset(@PathVariable long id, Actor actor) {
		return accounts.forceReset(id, actor);
	}

	@PostMapping("/admin/officers/{id}/unlock")
	@Operation(summary = "Lift the lock that wrong passwords put on the officer's account")
	AccountState unlock(@PathVariable long id, Actor actor) {
		return accounts.unlock(id, actor);
	}

	@GetMapping("/admin/locks")
	@Operation(summary = "Accounts (of the officers one keeps) and addresses locked now by wrong passwords, with until when")
	List<SignInLock> locks(Actor actor) {
		return accounts.locks(actor);
	}

	@PostMapping("/admin/locks/address/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "State administrators: lift an address's lock")
	void unlockAddress(@RequestParam String address, Actor actor) {
		accounts.unlockAddress(address, actor);
	}

	record PasswordChange(@NotNull(message = "{password.current.required}") String currentPassword,
			@NotBlank(message = "{password.new.required}") String newPassword) {
	}
}
