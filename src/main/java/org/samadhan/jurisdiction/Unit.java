package org.samadhan.jurisdiction;

/**
 * One node of the jurisdiction tree with the ids of its ancestors at each level, so that "is this
 * complaint inside my posting" is a comparison, not a walk up the tree.
 *
 * @param number the district's number in the state list (used in reference numbers), else 0
 * @param note where the data is a demo assumption rather than fact, what was assumed
 */
public record Unit(long id, String code, UnitKind kind, String nameEn, String nameHi, Long parentId, Long zoneId,
		Long rangeId, Long districtId, Long circleId, Long stationId, int number, String note) {

	public String name(java.util.Locale locale) {
		return "hi".equals(locale.getLanguage()) ? nameHi : nameEn;
	}
}
