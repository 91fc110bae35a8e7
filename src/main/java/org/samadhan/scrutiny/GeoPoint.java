package org.samadhan.scrutiny;

/** A position in degrees (WGS 84), as a phone's GPS or a complaint's incident gives it. */
record GeoPoint(double latitude, double longitude) {

	private static final double EARTH_RADIUS_METERS = 6_371_008.8;

	/** The great-circle distance by the haversine formula: within 0.5 % of the ellipsoid's, enough here. */
	double metersTo(GeoPoint other) {
		double phi1 = Math.toRadians(latitude);
		double phi2 = Math.toRadians(other.latitude);
		double dPhi = phi2 - phi1;
		double dLambda = Math.toRadians(other.longitude - longitude);
		double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
	}

	static GeoPoint ofNullable(Double latitude, Double longitude) {
		return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
	}
}
