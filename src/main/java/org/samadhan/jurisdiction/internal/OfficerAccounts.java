package org.samadhan.jurisdiction.internal;

import org.samadhan.jurisdiction.OfficerPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs officers in against the officer table (BCrypt hashes). */
@Service
class OfficerAccounts implements UserDetailsService {

	private final OfficerRepository officers;

	OfficerAccounts(OfficerRepository officers) {
		this.officers = officers;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return officers.findByUsername(username)
			.map(o -> new OfficerPrincipal(o.id(), o.username(), o.passwordHash(), o.roles(), o.active()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}
}
