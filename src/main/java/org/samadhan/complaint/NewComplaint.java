package org.samadhan.complaint;

/**
 * What registration needs, already checked for shape by the intake channel. {@code stationId} is
 * optional: known when the complaint is heard at a station.
 */
public record NewComplaint(Channel channel, String categoryCode, Person complainant, Person victim, String description,
		Incident incident, long districtId, Long stationId) {
}
