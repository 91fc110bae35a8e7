package org.samadhan.pages.citizen;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.samadhan.shared.ReferenceNumber;

/**
 * What a citizen's session remembers of a successful code check: this session may read this one
 * complaint again, for a while, without a new code (to switch the page's language, to reload it).
 *
 * <p>This does not weaken ADR 0003. The one-time code still proves, once, that the person holds
 * the registered mobile; from then on the session is the proof, as it is for an officer after
 * signing in. The pass names one reference only (a later check replaces it), lasts {@link #LASTS}
 * from the check however active the session is, and lives on the server (Spring Session); the
 * session's id is changed when it is issued, so an id planted before the check is worth nothing.
 * Another browser, or this one for another reference, gets the form that asks for a code.
 */
record TrackingPass(String reference, Instant until) implements Serializable {

	/** As long as an officer's idle session; a citizen reads a page, not a file. */
	static final Duration LASTS = Duration.ofMinutes(30);

	private static final String ATTRIBUTE = TrackingPass.class.getName();

	/** Issues the pass after a successful check, on a fresh session id. */
	static void issue(HttpServletRequest request, ReferenceNumber reference, Clock clock) {
		HttpSession session = request.getSession();
		request.changeSessionId();
		session.setAttribute(ATTRIBUTE, new TrackingPass(reference.value(), clock.instant().plus(LASTS)));
	}

	/** Whether this request's session holds a live pass for this reference; never opens a session. */
	static boolean allows(HttpServletRequest request, ReferenceNumber reference, Clock clock) {
		return Optional.ofNullable(request.getSession(false))
			.map(session -> session.getAttribute(ATTRIBUTE))
			.filter(TrackingPass.class::isInstance)
			.map(TrackingPass.class::cast)
			.filter(pass -> pass.reference.equals(reference.value()) && clock.instant().isBefore(pass.until))
			.isPresent();
	}
}
