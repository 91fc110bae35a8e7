package org.samadhan.jurisdiction;

import java.time.Instant;
import java.util.Set;

/**
 * An officer left a post: transferred, given other roles, suspended or deactivated. Published in
 * the transaction that records it, so that the work the officer held there is handed on in the
 * same commit: work belongs to the post, not the person.
 *
 * @param left the posting left (unit and roles)
 * @param now the posting held from now on, or null when the officer holds none (suspended,
 *        deactivated)
 * @param reason why, as the administrator recorded it (with the order's number)
 * @param by the administrator
 */
public record OfficerRelieved(long officerId, String officerName, Unit left, Set<Role> leftRoles, Unit now,
		Set<Role> nowRoles, OfficerStatus status, String reason, Actor by, Instant at) {

	/**
	 * Whether the officer, as now posted, may go on with an enquiry of a complaint placed here: still
	 * an IO of its station, or still the CO of its circle ({@link Jurisdiction#mayHoldEnquiry}).
	 */
	public boolean keepsEnquiryAt(Placement placement) {
		return Jurisdiction.mayHoldEnquiry(now, nowRoles, placement);
	}
}
