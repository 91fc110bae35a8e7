package org.samadhan.jurisdiction;

import java.util.Set;

/**
 * What part of the tree an officer's posting covers, in the form a list query needs: every
 * complaint of these districts, of this circle or of this station, plus those whose enquiry the
 * officer holds personally.
 */
public record Scope(Level level, Set<Long> districtIds, Long circleId, Long stationId, Long officerId) {

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
