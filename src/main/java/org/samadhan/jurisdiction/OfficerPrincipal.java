package org.samadhan.jurisdiction;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in officer as Spring Security keeps them. It names the officer; what they may do is read
 * afresh on every request ({@link Jurisdiction#actorOf}), so a transfer, a suspension or a
 * deactivation takes effect on the officer's very next request, session or not.
 */
public final class OfficerPrincipal implements UserDetails, CredentialsContainer {

	private final long officerId;

	private final String username;

	private String passwordHash;

	private final String name;

	private final Set<Role> roles;

	private final boolean active;

	public OfficerPrincipal(long officerId, String username, String passwordHash, String name, Set<Role> roles,
			boolean active) {
		this.officerId = officerId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.name = name;
		this.roles = Set.copyOf(roles);
		this.active = active;
	}

	public long officerId() {
		return officerId;
	}

	public String name() {
		return name;
	}

	public Set<Role> roles() {
		return roles;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = roles.stream()
			.map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name()))
			.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
