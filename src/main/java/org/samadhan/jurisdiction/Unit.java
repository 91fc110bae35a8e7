package org.samadhan.jurisdiction;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One node of the jurisdiction tree with the ids of its ancestors at each level, so that "is this
 * complaint inside my posting" is a comparison, not a walk up the tree. A unit never moves to
 * another parent; administrators add, rename and close units.
 *
 * @param number the district's number in the state list (used in reference numbers), else 0
 * @param note where the data is a demo assumption rather than fact, what was assumed
 * @param closedOn the day it was closed; null while open
 * @param version moves with every change, so that two administrators editing it at once do not
 *        overwrite each other
 */
public record Unit(long id, String code, UnitKind kind, String nameEn, String nameHi, Long parentId, Long zoneId,
		Long rangeId, Long districtId, Long circleId, Long stationId, int number, String note, Double latitude,
		Double longitude, LocalDate closedOn, int version) {

	/** An open unit without a position, as the reference data and tests make them. */
	public Unit(long id, String code, UnitKind kind, String nameEn, String nameHi, Long parentId, Long zoneId,
			Long rangeId, Long districtId, Long circleId, Long stationId, int number, String note) {
		this(id, code, kind, nameEn, nameHi, parentId, zoneId, rangeId, districtId, circleId, stationId, number, note,
				null, null, null, 1);
	}

	public String name(Locale locale) {
		return "hi".equals(locale.getLanguage()) ? nameHi : nameEn;
	}

	public boolean open() {
		return closedOn == null;
	}
}
