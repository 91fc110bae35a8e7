package org.samadhan.jurisdiction.internal;

import java.time.Clock;

import org.samadhan.jurisdiction.OfficerPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs officers in against the officer table (BCrypt hashes). */
@Service
class OfficerAccounts implements UserDetailsService {

	private final OfficerRepository officers;

	private final Clock clock;

	OfficerAccounts(OfficerRepository officers, Clock clock) {
		this.officers = officers;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return officers.findByUsername(username)
			.map(o -> new OfficerPrincipal(o.id(), o.username(), o.passwordHash(), o.nameEn(), o.roles(),
					o.postingUnitId(), o.active(), clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
