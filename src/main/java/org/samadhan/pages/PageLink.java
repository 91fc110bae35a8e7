package org.samadhan.pages;

import java.util.Set;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;

/**
 * One entry of an officer's home page: a page that exists, the message keys of its name and
 * one-line description, and the roles it serves. A page area declares its links as beans next to
 * its controller, so the home page lists only pages that are there (no dead links).
 *
 * @param order where it stands on the home page, lowest first
 */
public record PageLink(String path, String nameKey, String descriptionKey, Set<Role> roles, int order) {

	public PageLink {
		roles = Set.copyOf(roles);
	}

	public boolean servesAnyRoleOf(Actor actor) {
		return actor.roles().stream().anyMatch(roles::contains);
	}
}
