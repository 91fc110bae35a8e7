package org.samadhan.jurisdiction.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.samadhan.jurisdiction.OfficerPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs officers in against the officer table (BCrypt hashes). An API client signs every call
 * with HTTP Basic, so an officer's row, once read, serves for {@link #REREAD_AFTER} to check the
 * password. A password changed or reset on this instance is forgotten here at once
 * ({@link #forget}); on another instance its row is read again within {@link #REREAD_AFTER}, so a
 * new password works everywhere within 5 seconds. The old one may pass this check there for as
 * long, but acts nowhere: every request reads the officer again and refuses a sign-in made with
 * another password than the one stored now ({@code Jurisdiction.actorOf}), as it refuses a
 * suspended or deactivated officer. A row with no usable password is never kept, so an officer
 * who just set their first password is never refused for a copy read before.
 */
@Service
public class OfficerAccounts implements UserDetailsService {

	static final Duration REREAD_AFTER = Duration.ofSeconds(5);

	private static final int MAX_REMEMBERED = 10_000;

	private final OfficerRepository officers;

	private final Clock clock;

	private final Map<String, Read> recent = new ConcurrentHashMap<>();

	OfficerAccounts(OfficerRepository officers, Clock clock) {
		this.officers = officers;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Instant now = clock.instant();
		Read read = recent.get(username);
		if (read == null || read.at().isBefore(now.minus(REREAD_AFTER))) {
			OfficerRepository.OfficerRow row = officers.findByUsername(username)
				.orElseThrow(() -> new UsernameNotFoundException(username));
			if (recent.size() >= MAX_REMEMBERED) {
				recent.clear();
			}
			read = new Read(row, now);
			if (!OfficerRepository.UNUSABLE_PASSWORD.equals(row.passwordHash())) {
				recent.put(username, read);
			}
		}
		OfficerRepository.OfficerRow o = read.row();
		// A new principal each time: Spring Security erases the hash from the one it is given.
		return new OfficerPrincipal(o.id(), o.username(), o.passwordHash(), o.nameEn(), o.roles(), o.active());
	}

	/** Reads this officer's row afresh next time: their password changed here. */
	public void forget(String username) {
		recent.remove(username);
	}

	private record Read(OfficerRepository.OfficerRow row, Instant at) {
	}
}
