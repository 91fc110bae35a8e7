package org.samadhan.jurisdiction;

import java.util.Set;

/**
 * A police officer or staff member: the current posting (null while they hold none, as when
 * suspended) and the roles held there. Earlier postings are the posting history.
 */
public record Officer(long id, String username, String nameEn, String nameHi, String rank, String mobile, Unit posting,
		Set<Role> roles, OfficerStatus status, int version) {

	public Officer {
		roles = Set.copyOf(roles);
	}

	/** An active or deactivated officer, as tests make them. */
	public Officer(long id, String username, String nameEn, String nameHi, String rank, String mobile, Unit posting,
			Set<Role> roles, boolean active) {
		this(id, username, nameEn, nameHi, rank, mobile, posting, roles,
				active ? OfficerStatus.ACTIVE : OfficerStatus.DEACTIVATED, 1);
	}

	/** Serving and posted: may sign in and act. */
	public boolean active() {
		return status == OfficerStatus.ACTIVE && posting != null;
	}

	/** Whether, as posted now, they may hold the enquiry of a complaint placed here ({@link Jurisdiction#mayHoldEnquiry}). */
	public boolean mayHoldEnquiryAt(Placement placement) {
		return active() && Jurisdiction.mayHoldEnquiry(posting, roles, placement);
	}

	public boolean holds(Role role) {
		return roles.contains(role);
	}

	public Actor asActor() {
		return new Actor(id, nameEn, roles, posting);
	}
}
