package org.samadhan.jurisdiction.web;

import java.util.List;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Placement;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The tree is public reference data (citizens pick their district and station from it); the
 * officers of a station are shown only to those whose posting covers it.
 */
@RestController
@Tag(name = "Jurisdiction", description = "Districts, circles, stations, beats and their officers")
class JurisdictionController {

	private final Jurisdiction jurisdiction;

	JurisdictionController(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	@GetMapping("/api/public/units")
	@Operation(summary = "Units of one kind (e.g. DISTRICT), or the children of a unit", security = {})
	List<UnitView> units(@RequestParam(required = false) UnitKind kind, @RequestParam(required = false) String parent) {
		if (parent != null) {
			Unit parentUnit = jurisdiction.unitByCode(parent).orElseThrow(() -> new NotFoundException("unit.not-found"));
			return jurisdiction.children(parentUnit.id()).stream().filter(Unit::open).map(UnitView::of).toList();
		}
		return jurisdiction.openOfKind(kind == null ? UnitKind.DISTRICT : kind).stream().map(UnitView::of).toList();
	}

	@GetMapping("/api/stations/{code}/officers")
	@Operation(summary = "Officers posted in a station (at the station, its beats and outposts) holding a role")
	List<OfficerView> officers(@PathVariable String code, @RequestParam(defaultValue = "IO") Role role, Actor actor) {
		Unit station = jurisdiction.unitByCode(code)
			.filter(u -> u.kind() == UnitKind.STATION)
			.filter(u -> jurisdiction.covers(actor.posting(), Placement.station(u)))
			.orElseThrow(() -> new NotFoundException("unit.not-found"));
		return jurisdiction.officersOfStation(station.id(), role).stream().map(OfficerView::of).toList();
	}

	record UnitView(long id, String code, UnitKind kind, String nameEn, String nameHi, Long parentId, String note) {

		static UnitView of(Unit u) {
			return new UnitView(u.id(), u.code(), u.kind(), u.nameEn(), u.nameHi(), u.parentId(), u.note());
		}
	}

	record OfficerView(long id, String username, String nameEn, String nameHi, String rank, String postingCode,
			List<Role> roles) {

		static OfficerView of(Officer o) {
			return new OfficerView(o.id(), o.username(), o.nameEn(), o.nameHi(), o.rank(), o.posting().code(),
					o.roles().stream().sorted().toList());
		}
	}
}
