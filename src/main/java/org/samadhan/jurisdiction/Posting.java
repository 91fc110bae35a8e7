package org.samadhan.jurisdiction;

import java.time.LocalDate;
import java.util.Set;

/**
 * One posting of an officer: the unit, the roles held there, from {@code startsOn} up to (not
 * including) {@code endsOn}, which is null while it lasts.
 */
public record Posting(long id, long officerId, Unit unit, Set<Role> roles, LocalDate startsOn, String orderRef,
		LocalDate endsOn, String endReason) {

	public boolean current() {
		return endsOn == null;
	}
}
