package org.samadhan.web;

import org.samadhan.jurisdiction.SignInThrottle;
import org.samadhan.shared.DatabaseAway;
import org.samadhan.shared.ThrottledException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password check of the sign-in form and of HTTP Basic, through the {@link SignInThrottle}:
 * an attempt that must wait is refused ({@link SignInRefused}: 429 for the API, a message on the
 * sign-in page) without its password being looked at; the others are counted, checked by
 * {@link DaoAuthenticationProvider} (which spends a BCrypt check on an unknown username too, so
 * that the time taken tells nothing), and settled.
 * <p>
 * One path skips the throttle: a password that {@link VerifiedPasswords} remembers as right for
 * the stored hash. That is an API client signing each call with HTTP Basic, which already proved
 * its password within the memory: like an open session, it goes on while others guess at the
 * account, and it costs no database read (the officer's row comes from {@code OfficerAccounts}'
 * few seconds of memory). The database is read and written only where BCrypt runs: a first sign-in,
 * one every few minutes per client, and every wrong password. Guessing cannot use that path, which
 * only a right password reaches, and a changed or reset password leaves it at once.
 * <p>
 * With the database away no password can be checked nor attempt counted: the sign-in is refused as
 * {@link SignInUnavailable} (503 for the API, a message on the sign-in page), never a 500 and never
 * "wrong password".
 */
final class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final UserDetailsService officers;

	private final VerifiedPasswords verified;

	private final SignInThrottle throttle;

	ThrottledSignIn(UserDetailsService officers, VerifiedPasswords verified, SignInThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(officers);
		this.passwords.setPasswordEncoder(verified);
		this.officers = officers;
		this.verified = verified;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		try {
			return check(authentication);
		}
		catch (RuntimeException failure) {
			if (DatabaseAway.is(failure)) {
				throw new SignInUnavailable(failure);
			}
			throw failure;
		}
	}

	private Authentication check(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		String presented = credentials == null ? null : credentials.toString();
		if (verifiedAlready(username, presented)) {
			return passwords.authenticate(authentication);
		}
		SignInThrottle.Attempt attempt;
		try {
			attempt = throttle.admit(username, addressOf(authentication));
		}
		catch (ThrottledException refused) {
			throw new SignInRefused(refused);
		}
		try {
			Authentication signedIn = passwords.authenticate(authentication);
			attempt.succeeded();
			return signedIn;
		}
		catch (AuthenticationException wrong) {
			attempt.failed();
			throw wrong;
		}
		finally {
			attempt.close();
		}
	}

	private boolean verifiedAlready(String username, String presented) {
		if (presented == null) {
			return false;
		}
		try {
			UserDetails officer = officers.loadUserByUsername(username);
			return officer.isEnabled() && verified.remembers(presented, officer.getPassword());
		}
		catch (UsernameNotFoundException unknown) {
			return false;
		}
	}

	/** The caller's address as Spring gives it (behind a proxy, with forwarded headers honoured, the client's). */
	private static String addressOf(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** A sign-in that could not be checked: the database was away. Nothing was counted. */
	static final class SignInUnavailable extends AuthenticationServiceException {

		SignInUnavailable(Throwable cause) {
			super(DatabaseAway.MESSAGE, cause);
		}
	}

	/** A sign-in refused because wrong passwords made it wait: the wait and the message say how long. */
	static final class SignInRefused extends AuthenticationException {

		private final transient ThrottledException reason;

		SignInRefused(ThrottledException reason) {
			super(reason.messageKey());
			this.reason = reason;
		}

		ThrottledException reason() {
			return reason;
		}
	}
}
