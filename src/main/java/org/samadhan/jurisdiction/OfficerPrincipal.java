package org.samadhan.jurisdiction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in officer as Spring Security keeps them, with their name, roles and posting as they
 * were read ({@link #loadedAt()}, at most half a minute before a call signed with HTTP Basic).
 * Anything older than a minute is read again ({@link Jurisdiction#actorOf}), so a session does not
 * outlive a change of posting by more than that.
 */
public final class OfficerPrincipal implements UserDetails, CredentialsContainer {

	private final long officerId;

	private final String username;

	private String passwordHash;

	private final String name;

	private final Set<Role> roles;

	private final long postingUnitId;

	private final boolean active;

	private final Instant loadedAt;

	public OfficerPrincipal(long officerId, String username, String passwordHash, String name, Set<Role> roles,
			long postingUnitId, boolean active, Instant loadedAt) {
		this.officerId = officerId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.name = name;
		this.roles = Set.copyOf(roles);
		this.postingUnitId = postingUnitId;
		this.active = active;
		this.loadedAt = loadedAt;
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

	public long postingUnitId() {
		return postingUnitId;
	}

	public Instant loadedAt() {
		return loadedAt;
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
