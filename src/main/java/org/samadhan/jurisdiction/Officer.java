package org.samadhan.jurisdiction;

import java.util.Set;

/** A police officer or staff member with one posting and the roles held there. */
public record Officer(long id, String username, String nameEn, String nameHi, String rank, String mobile, Unit posting,
		Set<Role> roles, boolean active) {

	public boolean holds(Role role) {
		return roles.contains(role);
	}

	public Actor asActor() {
		return new Actor(id, nameEn, roles, posting);
	}
}
