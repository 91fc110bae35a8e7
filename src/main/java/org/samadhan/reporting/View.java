package org.samadhan.reporting;

import java.util.Set;

/**
 * The part of the read model a request may read: some districts (null: all), one circle or one
 * station of a district, or one enquiry officer's own cases. Made only by {@link Views}, from the
 * viewer's posting and the unit they asked for.
 */
record View(UnitRef unit, Set<Long> districtIds, Long districtId, Long circleId, Long stationId, Long officerId) {

	boolean own() {
		return officerId != null && districtIds == null && districtId == null;
	}

	/** Above a district: several districts (a range, a zone) or every one (the state). */
	boolean aboveDistrict() {
		return districtIds != null || districtId == null && officerId == null;
	}
}
