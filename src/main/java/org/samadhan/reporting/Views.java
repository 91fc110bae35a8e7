package org.samadhan.reporting;

import java.util.List;
import java.util.Set;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns the viewer's posting and the unit they ask for into a {@link View}. A unit outside the
 * posting answers exactly as a unit that does not exist (404), so guessing ids reveals nothing.
 * An officer posted at a beat or outpost sees only the cases they hold; an administrator, who
 * keeps the officer list, sees no complaints.
 */
@Component
class Views {

	private final Jurisdiction jurisdiction;

	Views(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	View of(Actor actor, Long unitId) {
		if (!actor.isOfficer() || actor.roles().equals(Set.of(Role.ADMIN))) {
			throw new ForbiddenActionException("reporting.forbidden");
		}
		Scope scope = jurisdiction.scopeOf(actor);
		if (scope.level() == Scope.Level.OWN) {
			if (unitId != null) {
				throw notFound(unitId);
			}
			return new View(new UnitRef(null, null, null, actor.name(), actor.name()), null, null, null, null,
					actor.officerId(), scope);
		}
		if (unitId == null) {
			return switch (scope.level()) {
				case ALL -> new View(null, null, null, null, null, null, scope);
				case DISTRICTS -> scope.districtIds().size() == 1
						? View.of(jurisdiction.unit(scope.districtIds().iterator().next()))
						: new View(null, scope.districtIds(), null, null, null, null, scope);
				case CIRCLE -> View.of(jurisdiction.unit(scope.circleId()));
				case STATION -> View.of(jurisdiction.unit(scope.stationId()));
				case OWN -> throw new IllegalStateException();
			};
		}
		Unit unit = jurisdiction.findUnit(unitId)
			.filter(u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.CIRCLE || u.kind() == UnitKind.STATION)
			.filter(u -> within(scope, u))
			.orElseThrow(() -> notFound(unitId));
		return View.of(unit);
	}

	/** The station a meeting pack is for: a station within the posting, else 404. */
	Unit station(Actor actor, long stationId) {
		View view = of(actor, stationId);
		if (view.unit() == null || view.unit().kind() != UnitKind.STATION) {
			throw notFound(stationId);
		}
		return jurisdiction.unit(stationId);
	}

	/** Stations a pack for this unit covers: the station itself, a circle's or a district's stations. */
	List<Unit> stationsOf(View view) {
		if (view.stationId() != null) {
			return List.of(jurisdiction.unit(view.stationId()));
		}
		return jurisdiction.ofKind(UnitKind.STATION)
			.stream()
			.filter(s -> view.circleId() == null || view.circleId().equals(s.circleId()))
			.filter(s -> view.districtId() == null || view.districtId().equals(s.districtId()))
			.filter(s -> view.districtIds() == null || view.districtIds().contains(s.districtId()))
			.filter(s -> view.officerId() == null || !view.own())
			.toList();
	}

	private static boolean within(Scope scope, Unit unit) {
		return switch (scope.level()) {
			case ALL -> true;
			case DISTRICTS -> scope.districtIds().contains(unit.districtId());
			case CIRCLE -> scope.circleId().equals(unit.circleId()) && unit.kind() != UnitKind.DISTRICT;
			case STATION -> scope.stationId().equals(unit.stationId()) && unit.kind() == UnitKind.STATION;
			case OWN -> false;
		};
	}

	private static NotFoundException notFound(long unitId) {
		return new NotFoundException("unit.not-found", unitId);
	}
}
