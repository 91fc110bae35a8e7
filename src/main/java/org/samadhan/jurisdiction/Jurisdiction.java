package org.samadhan.jurisdiction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tree and the people in it. Units change seldom (an administrator adds, renames or closes
 * one) and are read on every request, so each instance keeps them in memory and reads them again
 * when {@code jurisdiction_revision} says another instance changed one ({@link #REVISION_CHECK} at
 * most), or at once when this one did or when an id it does not know is asked for. A unit never
 * changes its place in the tree, so a copy a few seconds old never puts a complaint in the wrong
 * scope. Officers are read from the database each time: postings change at once.
 */
@Service
public class Jurisdiction {

	private final UnitRepository units;

	/** How long a copy of the tree serves before the revision is read again. */
	static final Duration REVISION_CHECK = Duration.ofSeconds(2);

	private final OfficerRepository officers;

	private final Clock clock;

	private volatile Tree tree;

	/** Binds a changing transaction's own tree (one key per instance of this service). */
	private final Object changingKey = new Object();

	Jurisdiction(UnitRepository units, OfficerRepository officers, Clock clock) {
		this.units = units;
		this.officers = officers;
		this.clock = clock;
	}

	public Optional<Unit> findUnit(long id) {
		Unit unit = all().get(id);
		if (unit == null && units.exists(id)) {
			// Added a moment ago, on another instance.
			unit = reload().get(id);
		}
		return Optional.ofNullable(unit);
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

	/** Every unit of a kind, closed ones too (lists and filters of past complaints need them). */
	public List<Unit> ofKind(UnitKind kind) {
		return all().values().stream().filter(u -> u.kind() == kind).sorted(Comparator.comparing(Unit::nameEn)).toList();
	}

	/** The open units of a kind: what a complaint may be filed, marked or transferred to. */
	public List<Unit> openOfKind(UnitKind kind) {
		return ofKind(kind).stream().filter(Unit::open).toList();
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
		return postingScope(actor).holdingAt(actor.posting());
	}

	private Scope postingScope(Actor actor) {
		Unit posting = actor.posting();
		if (posting == null) {
			return new Scope(Scope.Level.OWN, Set.of(), null, null, actor.officerId());
		}
		return switch (posting.kind()) {
			// All complaints; the districts named too, so that a list can read each one's index in order.
			case STATE -> new Scope(Scope.Level.ALL, ofKind(UnitKind.DISTRICT).stream()
				.map(Unit::id)
				.collect(Collectors.toUnmodifiableSet()), null, null, actor.officerId());
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
	 * The signed-in officer as an actor, with the posting and roles read now: a transfer, a
	 * suspension or a deactivation takes effect on the officer's next request. Empty for an officer
	 * who is no longer active, and for a sign-in made with a password that has since been changed
	 * or reset (its session ends, and a client still sending the old password is refused at once on
	 * every instance, whatever an instance remembers of the old password).
	 */
	public Optional<Actor> actorOf(OfficerPrincipal principal) {
		return officers.findById(principal.officerId())
			.filter(row -> OfficerPrincipal.fingerprint(row.passwordHash()).equals(principal.credential()))
			.map(this::withPosting)
			.filter(Officer::active)
			.map(Officer::asActor);
	}

	public Optional<Officer> findOfficer(long id) {
		return officers.findById(id).map(this::withPosting);
	}

	/** These officers, by id, read in one statement; an id that names no officer is left out. */
	public Map<Long, Officer> findOfficers(Collection<Long> ids) {
		Map<Long, Officer> found = new LinkedHashMap<>();
		officers.findByIds(ids).forEach((id, row) -> found.put(id, withPosting(row)));
		return found;
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

	/**
	 * The active officers who hold {@code role}'s post for a complaint placed here: the station's
	 * SHO, the circle's CO, the district's ASP, SP, IGRS cell or feedback desk. Empty while the post
	 * is vacant, and for roles that are not posts of a place (an IO holds cases, not a place).
	 */
	public List<Officer> holdersOf(Role role, Placement placement) {
		Long unit = postFor(role, placement);
		if (unit == null) {
			return List.of();
		}
		return officers.findByPostingsAndRole(Set.of(unit), role).stream().map(this::withPosting).toList();
	}

	/** The unit whose {@code role} post answers for a complaint placed here, or null (see {@link #holdersOf}). */
	public static Long postFor(Role role, Placement placement) {
		return switch (role) {
			case SHO -> placement.stationId();
			case CO -> placement.circleId();
			case ASP, SP, IGRS_CELL, FEEDBACK_DESK -> placement.districtId();
			default -> null;
		};
	}

	/** The officer holding {@code role} at exactly this unit, e.g. the CO of a circle. */
	public Optional<Officer> officerAt(long unitId, Role role) {
		return officers.findByPostingsAndRole(Set.of(unitId), role).stream().map(this::withPosting).findFirst();
	}

	/** The roles whose holders receive a district's new complaints (its inbox). */
	public static final Set<Role> DISTRICT_RECEIVERS = Set.of(Role.IGRS_CELL, Role.ASP, Role.SP);

	/**
	 * Whether someone receives the district's complaints: an active officer of its IGRS cell, or its
	 * ASP or SP, posted at the district.
	 */
	public boolean receivesComplaints(Unit district) {
		return officers.anyActive(Set.of(district.id()), DISTRICT_RECEIVERS);
	}

	/**
	 * The active officers of the state's IGRS cell: they work the complaints of districts no one
	 * receives yet (the state queue), and are the last level a complaint escalates to.
	 */
	public List<Officer> stateCell() {
		Set<Long> states = ofKind(UnitKind.STATE).stream().map(Unit::id).collect(Collectors.toSet());
		return officers.findByPostingsAndRole(states, Role.IGRS_CELL).stream().map(this::withPosting).toList();
	}

	/**
	 * Whether an officer posted at {@code posting} with these roles may hold the enquiry of a
	 * complaint placed here: an IO of its station, or the CO of its circle (who takes an enquiry
	 * after the third return).
	 */
	public static boolean mayHoldEnquiry(Unit posting, Set<Role> roles, Placement placement) {
		if (posting == null || placement.stationId() == null) {
			return false;
		}
		boolean io = roles.contains(Role.IO) && placement.stationId().equals(posting.stationId());
		boolean co = roles.contains(Role.CO) && posting.kind() == UnitKind.CIRCLE
				&& Long.valueOf(posting.id()).equals(placement.circleId());
		return io || co;
	}

	public boolean isPostedInStation(Officer officer, long stationId) {
		return Long.valueOf(stationId).equals(officer.posting().stationId());
	}

	private Officer withPosting(OfficerRepository.OfficerRow row) {
		return new Officer(row.id(), row.username(), row.nameEn(), row.nameHi(), row.rank(), row.mobile(),
				row.postingUnitId() == null ? null : unit(row.postingUnitId()), row.roles(), row.status(),
				row.version());
	}

	private long zoneOf(long districtId) {
		Unit district = all().get(districtId);
		return district == null || district.zoneId() == null ? -1 : district.zoneId();
	}

	private long rangeOf(long districtId) {
		Unit district = all().get(districtId);
		return district == null || district.rangeId() == null ? -1 : district.rangeId();
	}

	/**
	 * This instance is changing a unit. Inside the changing transaction the tree is read from that
	 * transaction (its own changes, not yet committed) and kept for that transaction alone; the
	 * copy every request shares is forgotten once the transaction ends, committed or rolled back, so
	 * it never holds a unit that was not committed.
	 */
	public void unitsChanged() {
		tree = null;
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		ChangingTree changing = (ChangingTree) TransactionSynchronizationManager.getResource(changingKey);
		if (changing == null) {
			changing = new ChangingTree();
			TransactionSynchronizationManager.bindResource(changingKey, changing);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(changingKey);
					tree = null;
				}
			});
		}
		changing.byId = null;
	}

	private Map<Long, Unit> all() {
		ChangingTree changing = TransactionSynchronizationManager.isSynchronizationActive()
				? (ChangingTree) TransactionSynchronizationManager.getResource(changingKey) : null;
		if (changing != null) {
			if (changing.byId == null) {
				changing.byId = read();
			}
			return changing.byId;
		}
		Tree cached = tree;
		Instant now = clock.instant();
		if (cached == null) {
			return reload();
		}
		if (now.isAfter(cached.checkedAt().plus(REVISION_CHECK))) {
			if (units.revision() != cached.revision()) {
				return reload();
			}
			tree = new Tree(cached.byId(), cached.revision(), now);
		}
		return cached.byId();
	}

	private synchronized Map<Long, Unit> reload() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.getResource(changingKey) != null) {
			return all();
		}
		long revision = units.revision();
		Map<Long, Unit> byId = read();
		tree = new Tree(byId, revision, clock.instant());
		return byId;
	}

	private Map<Long, Unit> read() {
		return units.findAll().stream().collect(Collectors.toUnmodifiableMap(Unit::id, Function.identity()));
	}

	/** The tree as a transaction that changes units sees it; null until read after the latest change. */
	private static final class ChangingTree {

		private Map<Long, Unit> byId;
	}

	/** The units as read at {@code revision}, last found current at {@code checkedAt}. */
	private record Tree(Map<Long, Unit> byId, long revision, Instant checkedAt) {
	}
}
