package org.samadhan.jurisdiction;

import java.util.Set;

/**
 * What part of the tree an officer's posting covers, in the form a list query needs: every
 * complaint of these districts, of this circle or of this station, plus those whose enquiry the
 * officer holds personally.
 */
public record Scope(Level level, Set<Long> districtIds, Long circleId, Long stationId, Long officerId,
		Long ownStationId, Long ownCircleId) {

	/**
	 * Without where the officer's own enquiries may lie. {@code ownStationId}, {@code ownCircleId}:
	 * an officer holds an enquiry only while posted at its station (an IO) or over its circle (a
	 * CO, after a third return); one transferred away no longer lists the cases they held there.
	 */
	public Scope(Level level, Set<Long> districtIds, Long circleId, Long stationId, Long officerId) {
		this(level, districtIds, circleId, stationId, officerId, null, null);
	}

	/** This scope, with where its officer's own enquiries may lie, as posted at {@code posting}. */
	Scope holdingAt(Unit posting) {
		Long circle = posting != null && posting.kind() == UnitKind.CIRCLE ? Long.valueOf(posting.id()) : null;
		return new Scope(level, districtIds, circleId, stationId, officerId,
				posting == null ? null : posting.stationId(), circle);
	}

	public enum Level {
		/** Posted at the state: all complaints. */
		ALL,
		/** Posted at a zone, range or district: the complaints of these districts. */
		DISTRICTS,
		/** Posted at a circle: the complaints of its stations. */
		CIRCLE,
		/** Posted at a station: its complaints. */
		STATION,
		/** Posted at a beat or outpost: only the complaints they hold. */
		OWN
	}
}
