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
	 * Whether the officer, as now posted, may go on with an enquiry of a complaint at this station:
	 * still an IO of the same station, or still the CO of its circle.
	 */
	public boolean keepsEnquiryAt(Placement placement) {
		if (now == null || placement.stationId() == null) {
			return false;
		}
		boolean io = nowRoles.contains(Role.IO) && placement.stationId().equals(now.stationId());
		boolean co = nowRoles.contains(Role.CO) && now.kind() == UnitKind.CIRCLE
				&& Long.valueOf(now.id()).equals(placement.circleId());
		return io || co;
	}
}
