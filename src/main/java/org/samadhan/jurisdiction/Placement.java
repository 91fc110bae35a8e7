package org.samadhan.jurisdiction;

/**
 * Where a complaint sits in the tree: always a district, a circle and station once marked.
 */
public record Placement(long districtId, Long circleId, Long stationId) {

	public static Placement district(Unit district) {
		return new Placement(district.id(), null, null);
	}

	public static Placement station(Unit station) {
		return new Placement(station.districtId(), station.circleId(), station.id());
	}
}
