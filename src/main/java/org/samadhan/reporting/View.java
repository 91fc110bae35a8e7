package org.samadhan.reporting;

import java.util.Set;

import org.samadhan.jurisdiction.Scope;
import org.samadhan.jurisdiction.Unit;

/**
 * The part of the read model a request may read: some districts (null: all), one circle or one
 * station of a district, or one enquiry officer's own cases. Made by {@link Views} from the
 * viewer's posting and the unit they asked for. {@code scope} is what its rows are read with
 * ({@link Scope#where}, the one translation of a posting into SQL): the viewer's own, or for a
 * unit asked for within it, what an officer posted at that unit sees.
 */
record View(UnitRef unit, Set<Long> districtIds, Long districtId, Long circleId, Long stationId, Long officerId,
		Scope scope) {

	/** A district, circle or station, read as an officer posted there reads it. */
	static View of(Unit unit) {
		UnitRef ref = UnitRef.of(unit);
		return switch (unit.kind()) {
			case DISTRICT -> new View(ref, null, unit.id(), null, null, null,
					new Scope(Scope.Level.DISTRICTS, Set.of(unit.id()), null, null, null));
			case CIRCLE -> new View(ref, null, unit.districtId(), unit.id(), null, null,
					new Scope(Scope.Level.CIRCLE, null, unit.id(), null, null));
			case STATION -> new View(ref, null, unit.districtId(), unit.circleId(), unit.id(), null,
					new Scope(Scope.Level.STATION, null, null, unit.id(), null));
			default -> throw new IllegalArgumentException(unit.kind().name());
		};
	}

	boolean own() {
		return officerId != null && districtIds == null && districtId == null;
	}

	/** Above a district: several districts (a range, a zone) or every one (the state). */
	boolean aboveDistrict() {
		return districtIds != null || districtId == null && officerId == null;
	}
}
