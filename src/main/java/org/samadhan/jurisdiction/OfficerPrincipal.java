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

	private final String credential;

	public OfficerPrincipal(long officerId, String username, String passwordHash, String name, Set<Role> roles,
			boolean active) {
		this.officerId = officerId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.name = name;
		this.roles = Set.copyOf(roles);
		this.active = active;
		this.credential = fingerprint(passwordHash);
	}

	/**
	 * A fingerprint of the stored hash the officer signed in against, kept when the hash itself is
	 * erased: a request made on a sign-in with a password that has since been changed or reset is
	 * refused ({@link Jurisdiction#actorOf}). Null for a principal made without a hash.
	 */
	public String credential() {
		return credential;
	}

	static String fingerprint(String passwordHash) {
		if (passwordHash == null) {
			return null;
		}
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(passwordHash.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
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
