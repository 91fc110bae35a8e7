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
 * password: a changed password takes effect within that time. What the officer may do (posting,
 * roles, whether still active) is read again on every request ({@code Jurisdiction.actorOf}).
 */
@Service
class OfficerAccounts implements UserDetailsService {

	static final Duration REREAD_AFTER = Duration.ofSeconds(30);

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
			recent.put(username, read);
		}
		OfficerRepository.OfficerRow o = read.row();
		// A new principal each time: Spring Security erases the hash from the one it is given.
		return new OfficerPrincipal(o.id(), o.username(), o.passwordHash(), o.nameEn(), o.roles(), o.active());
	}

	private record Read(OfficerRepository.OfficerRow row, Instant at) {
	}
}
