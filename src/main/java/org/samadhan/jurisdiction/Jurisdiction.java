package org.samadhan.jurisdiction;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.samadhan.jurisdiction.internal.OfficerRepository;
import org.samadhan.jurisdiction.internal.UnitRepository;
import org.samadhan.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The tree and the people in it. Units are reference data that change only with a migration, so
 * they are read once and kept in memory; officers are read from the database each time, since
 * postings change.
 */
@Service
public class Jurisdiction {

	private final UnitRepository units;

	private static final Duration PRINCIPAL_FRESHNESS = Duration.ofMinutes(1);

	private final OfficerRepository officers;

	private final Clock clock;

	private volatile Map<Long, Unit> unitsById;

	Jurisdiction(UnitRepository units, OfficerRepository officers, Clock clock) {
		this.units = units;
		this.officers = officers;
		this.clock = clock;
	}

	public Optional<Unit> findUnit(long id) {
		return Optional.ofNullable(all().get(id));
	}

	public Unit unit(long id) {
		return findUnit(id).orElseThrow(() -> new NotFoundException("unit.not-found", id));
	}

	public Optional<Unit> unitByCode(String code) {
		return all().values().stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst();
	}

	public List<Unit> children(long parentId) {
		return all().values().stream()
			.filter(u -> Long.valueOf(parentId).equals(u.parentId()))
			.sorted(Comparator.comparing(Unit::nameEn))
			.toList();
	}

	public List<Unit> ofKind(UnitKind kind) {
		return all().values().stream().filter(u -> u.kind() == kind).sorted(Comparator.comparing(Unit::nameEn)).toList();
	}

	/** Whether an officer posted at {@code posting} oversees a complaint placed at {@code placement}. */
	public boolean covers(Unit posting, Placement placement) {
		if (posting == null) {
			return false;
		}
		return switch (posting.kind()) {
			case STATE -> true;
			case ZONE -> posting.id() == zoneOf(placement.districtId());
			case RANGE -> posting.id() == rangeOf(placement.districtId());
			case DISTRICT -> posting.id() == placement.districtId();
			case CIRCLE -> Long.valueOf(posting.id()).equals(placement.circleId());
			case STATION -> Long.valueOf(posting.id()).equals(placement.stationId());
			case BEAT, OUTPOST -> false;
		};
	}

	public Scope scopeOf(Actor actor) {
		Unit posting = actor.posting();
		if (posting == null) {
			return new Scope(Scope.Level.OWN, Set.of(), null, null, actor.officerId());
		}
		return switch (posting.kind()) {
			case STATE -> new Scope(Scope.Level.ALL, Set.of(), null, null, actor.officerId());
			case ZONE, RANGE -> new Scope(Scope.Level.DISTRICTS, ofKind(UnitKind.DISTRICT).stream()
				.filter(d -> covers(posting, Placement.district(d)))
				.map(Unit::id)
				.collect(Collectors.toUnmodifiableSet()), null, null, actor.officerId());
			case DISTRICT -> new Scope(Scope.Level.DISTRICTS, Set.of(posting.id()), null, null, actor.officerId());
			case CIRCLE -> new Scope(Scope.Level.CIRCLE, Set.of(), posting.id(), null, actor.officerId());
			case STATION -> new Scope(Scope.Level.STATION, Set.of(), null, posting.id(), actor.officerId());
			case BEAT, OUTPOST -> new Scope(Scope.Level.OWN, Set.of(), null, null, actor.officerId());
		};
	}

	/**
	 * The signed-in officer as an actor. What was read at sign-in serves for a minute; an older
	 * session is read again, so a changed posting or a deactivation takes effect within a minute.
	 * Empty for an officer no longer active.
	 */
	public Optional<Actor> actorOf(OfficerPrincipal principal) {
		if (principal.loadedAt().isAfter(clock.instant().minus(PRINCIPAL_FRESHNESS)) && principal.isEnabled()) {
			return findUnit(principal.postingUnitId())
				.map(posting -> new Actor(principal.officerId(), principal.name(), principal.roles(), posting));
		}
		return findOfficer(principal.officerId()).filter(Officer::active).map(Officer::asActor);
	}

	public Optional<Officer> findOfficer(long id) {
		return officers.findById(id).map(this::withPosting);
	}

	public Optional<Officer> findOfficerByUsername(String username) {
		return officers.findByUsername(username).map(this::withPosting);
	}

	/** Officers holding {@code role} whose posting is at the station or one of its beats or outposts. */
	public List<Officer> officersOfStation(long stationId, Role role) {
		Set<Long> unitIds = all().values().stream()
			.filter(u -> Long.valueOf(stationId).equals(u.stationId()))
			.map(Unit::id)
			.collect(Collectors.toSet());
		return officers.findByPostingsAndRole(unitIds, role).stream().map(this::withPosting).toList();
	}

	/** The officer holding {@code role} at exactly this unit, e.g. the CO of a circle. */
	public Optional<Officer> officerAt(long unitId, Role role) {
		return officers.findByPostingsAndRole(Set.of(unitId), role).stream().map(this::withPosting).findFirst();
	}

	public boolean isPostedInStation(Officer officer, long stationId) {
		return Long.valueOf(stationId).equals(officer.posting().stationId());
	}

	private Officer withPosting(OfficerRepository.OfficerRow row) {
		return new Officer(row.id(), row.username(), row.nameEn(), row.nameHi(), row.rank(), row.mobile(),
				unit(row.postingUnitId()), row.roles(), row.active());
	}

	private long zoneOf(long districtId) {
		Unit district = all().get(districtId);
		return district == null || district.zoneId() == null ? -1 : district.zoneId();
	}

	private long rangeOf(long districtId) {
		Unit district = all().get(districtId);
		return district == null || district.rangeId() == null ? -1 : district.rangeId();
	}

	private Map<Long, Unit> all() {
		Map<Long, Unit> cached = unitsById;
		if (cached == null) {
			cached = units.findAll().stream().collect(Collectors.toUnmodifiableMap(Unit::id, Function.identity()));
			unitsById = cached;
		}
		return cached;
	}
}
