package org.samadhan.pages;

import java.util.Set;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.ForbiddenActionException;

/**
 * Who a page is for: the roles its {@link PageLink} lists. An officer of another role who types
 * its address gets the 403 page rather than an empty list that looks like "nothing to do". What
 * an officer may do with a complaint stays the modules' answer.
 */
public final class PageAccess {

	private PageAccess() {
	}

	public static void require(Actor actor, Set<Role> roles) {
		if (actor.roles().stream().noneMatch(roles::contains)) {
			throw new ForbiddenActionException("page.role-required");
		}
	}
}
