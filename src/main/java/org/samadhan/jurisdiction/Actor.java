package org.samadhan.jurisdiction;

import java.util.Set;

/**
 * Whoever does something to a complaint, as the history records them: an officer (with id, roles
 * and posting), a citizen, or Samadhan itself.
 */
public record Actor(Long officerId, String name, Set<Role> roles, Unit posting) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public static Actor citizen(String name) {
		return new Actor(null, name, Set.of(Role.CITIZEN), null);
	}

	public static Actor system() {
		return new Actor(null, "Samadhan", Set.of(Role.SYSTEM), null);
	}

	public boolean holds(Role role) {
		return roles.contains(role);
	}

	public boolean isOfficer() {
		return officerId != null;
	}

	public boolean is(Long otherOfficerId) {
		return officerId != null && officerId.equals(otherOfficerId);
	}

	public Long postingId() {
		return posting == null ? null : posting.id();
	}
}
