package org.samadhan.jurisdiction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.samadhan.jurisdiction.AdminRequests.NewOfficer;
import org.samadhan.jurisdiction.AdminRequests.NewPosting;
import org.samadhan.jurisdiction.AdminRequests.NewUnit;
import org.samadhan.jurisdiction.AdminRequests.OfficerChange;
import org.samadhan.jurisdiction.AdminRequests.Relief;
import org.samadhan.jurisdiction.AdminRequests.UnitChange;
import org.samadhan.jurisdiction.AdminRequests.UnitClosure;
import org.samadhan.jurisdiction.internal.ChangeLog;
import org.samadhan.jurisdiction.internal.OfficerRepository;
import org.samadhan.jurisdiction.internal.PostingRepository;
import org.samadhan.jurisdiction.internal.UnitRepository;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.Label;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to the tree and the officers: add, rename and close units; create
 * officers, post and transfer them, change their roles, suspend and deactivate them. Each command
 * first asks every rule that can refuse it (who may, what the request says, what the tree and the
 * open work allow) and only then writes, in one transaction with its line in the record of
 * administration. An administrator posted at a district (the SP's office) administers that
 * district; one posted at the state administers everything. Whom a change relieves of a post,
 * {@link OfficerRelieved} tells in the same transaction, so that their work is handed on at once.
 */
@Service
@Transactional
public class Administration {

	/** Pages beyond this answer as this one does: 10,000 pages of 200 officers or 100 changes. */
	static final int MAX_PAGE = 10_000;

	private final UnitRepository units;

	private final OfficerRepository officers;

	private final PostingRepository postings;

	private final ChangeLog log;

	private final Jurisdiction jurisdiction;

	private final ObjectProvider<Workload> workload;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Administration(UnitRepository units, OfficerRepository officers, PostingRepository postings, ChangeLog log,
			Jurisdiction jurisdiction, ObjectProvider<Workload> workload, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.officers = officers;
		this.postings = postings;
		this.log = log;
		this.jurisdiction = jurisdiction;
		this.workload = workload;
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- who administers what

	/**
	 * The part of the tree an administrator keeps: their district, or everything from the state.
	 * Anyone else is refused.
	 */
	public AdminScope scopeOf(Actor actor) {
		if (!actor.holds(Role.ADMIN) || actor.posting() == null) {
			throw new ForbiddenActionException("admin.role-required");
		}
		Unit posting = actor.posting();
		return posting.kind() == UnitKind.STATE ? AdminScope.STATE : new AdminScope(posting.districtId());
	}

	/** What an administrator may reach: one district's units, or (the state) all. */
	public record AdminScope(Long districtId) {

		static final AdminScope STATE = new AdminScope(null);

		public boolean state() {
			return districtId == null;
		}

		public boolean covers(Unit unit) {
			return state() || districtId.equals(unit.districtId());
		}
	}

	// ---------------------------------------------------------------- units

	/** A district's units as its administrator reads them, closed ones too, in tree order. */
	@Transactional(readOnly = true)
	public List<Unit> unitsOf(String districtCode, Actor actor) {
		AdminScope scope = scopeOf(actor);
		Unit district = district(districtCode, scope);
		List<Unit> result = new ArrayList<>();
		result.add(district);
		addChildren(district, result);
		return result;
	}

	private void addChildren(Unit parent, List<Unit> into) {
		for (Unit child : jurisdiction.children(parent.id())) {
			into.add(child);
			addChildren(child, into);
		}
	}

	@Transactional(readOnly = true)
	public Unit unit(String code, Actor actor) {
		return unitInScope(code, scopeOf(actor), "code");
	}

	public Unit createUnit(NewUnit request, Actor actor) {
		AdminScope scope = scopeOf(actor);
		Unit parent = unitInScope(request.parentCode(), scope, "parentCode");
		UnitKind expected = parentKindOf(request.kind());
		if (expected == null) {
			throw new InvalidInputException("kind", "admin.unit.kind.not-created-here");
		}
		if (parent.kind() != expected) {
			throw new InvalidInputException("parentCode", "admin.unit.parent.wrong-kind", Label.of("kind", request.kind()),
					Label.of("kind", expected));
		}
		requireOpen(parent, "parentCode");
		String code = request.code() == null || request.code().isBlank() ? freeCode(parent, request.nameEn())
				: request.code();
		if (units.codeTaken(code)) {
			throw new InvalidInputException("code", "admin.unit.code.taken", code);
		}
		requireNameFreeUnder(parent, request.nameEn(), null);
		long id = units.nextId();
		Unit unit = new Unit(id, code, request.kind(), request.nameEn().strip(), request.nameHi().strip(), parent.id(),
				parent.zoneId(), parent.rangeId(), parent.districtId(),
				request.kind() == UnitKind.CIRCLE ? Long.valueOf(id) : parent.circleId(),
				request.kind() == UnitKind.STATION ? Long.valueOf(id) : parent.stationId(), 0, null, request.latitude(),
				request.longitude(), null, 1);
		units.insert(unit);
		jurisdiction.unitsChanged();
		log.record(actor, AdminAction.UNIT_CREATED, unit.districtId(), id, null,
				describe(unit) + " under " + parent.code(), now());
		return jurisdiction.unit(id);
	}

	public Unit changeUnit(String code, UnitChange request, Actor actor) {
		AdminScope scope = scopeOf(actor);
		Unit unit = unitInScope(code, scope, "code");
		if (unit.kind().compareTo(UnitKind.DISTRICT) <= 0 && !scope.state()) {
			throw new ForbiddenActionException("admin.unit.state-keeps-districts");
		}
		requireVersion(unit.version(), request.version(), "admin.unit.changed-meanwhile");
		if (unit.parentId() != null) {
			requireNameFreeUnder(jurisdiction.unit(unit.parentId()), request.nameEn(), unit.id());
		}
		if (!units.change(unit.id(), request.version(), request.nameEn().strip(), request.nameHi().strip(),
				request.latitude(), request.longitude())) {
			throw new ConflictException("admin.unit.changed-meanwhile");
		}
		jurisdiction.unitsChanged();
		log.record(actor, AdminAction.UNIT_CHANGED, unit.districtId(), unit.id(), null,
				unit.code() + ": " + unit.nameEn() + " / " + unit.nameHi() + " → " + request.nameEn() + " / "
						+ request.nameHi() + position(request.latitude(), request.longitude()),
				now());
		return jurisdiction.unit(unit.id());
	}

	/**
	 * Closes a unit once nothing is left in it: no open unit below it, no officer posted there, no
	 * complaint placed there that is not yet settled. The refusal lists what is left.
	 */
	public Unit closeUnit(String code, UnitClosure request, Actor actor) {
		AdminScope scope = scopeOf(actor);
		Unit unit = unitInScope(code, scope, "code");
		if (unit.kind().compareTo(UnitKind.CIRCLE) < 0) {
			throw new ForbiddenActionException("admin.unit.not-closed-here");
		}
		requireOpen(unit, "code");
		requireVersion(unit.version(), request.version(), "admin.unit.changed-meanwhile");
		List<SamadhanException.Reason> left = new ArrayList<>();
		List<Unit> openChildren = jurisdiction.children(unit.id()).stream().filter(Unit::open).toList();
		if (!openChildren.isEmpty()) {
			left.add(new SamadhanException.Reason("units-open", "admin.unit.close.units-open", openChildren.size(),
					openChildren.stream().map(Unit::code).collect(Collectors.joining(", "))));
		}
		List<OfficerRepository.OfficerRow> posted = officers.findPostedAt(Set.of(unit.id()));
		if (!posted.isEmpty()) {
			left.add(new SamadhanException.Reason("officers-posted", "admin.unit.close.officers-posted", posted.size(),
					posted.stream().map(OfficerRepository.OfficerRow::username).collect(Collectors.joining(", "))));
		}
		long open = workload().openComplaintsAt(unit);
		if (open > 0) {
			left.add(new SamadhanException.Reason("complaints-open", "admin.unit.close.complaints-open", open));
		}
		if (!left.isEmpty()) {
			throw new PolicyRefusal("admin.unit.close.not-empty", left);
		}
		if (!units.close(unit.id(), request.version(), today())) {
			throw new ConflictException("admin.unit.changed-meanwhile");
		}
		jurisdiction.unitsChanged();
		log.record(actor, AdminAction.UNIT_CLOSED, unit.districtId(), unit.id(), null,
				describe(unit) + " closed: " + request.reason().strip(), now());
		return jurisdiction.unit(unit.id());
	}

	/** Who held a post at this unit on a day (today when none is given): the posting history's answer. */
	@Transactional(readOnly = true)
	public List<Holder> holders(String code, LocalDate on, Actor actor) {
		Unit unit = unitInScope(code, scopeOf(actor), "code");
		return postings.heldOn(unit.id(), on == null ? today() : on)
			.stream()
			.map(p -> new Holder(jurisdiction.findOfficer(p.officerId()).orElseThrow(), new Posting(p.id(),
					p.officerId(), unit, p.roles(), p.startsOn(), p.orderRef(), p.endsOn(), p.endReason())))
			.toList();
	}

	/** An officer and the posting by which they held a post. */
	public record Holder(Officer officer, Posting posting) {
	}

	// ---------------------------------------------------------------- officers

	/** The officers an administrator keeps, optionally those matching {@code text} or of one status. */
	@Transactional(readOnly = true)
	public List<Officer> officers(String districtCode, String text, OfficerStatus status, int page, int size,
			Actor actor) {
		AdminScope scope = scopeOf(actor);
		List<Long> unitIds = null;
		if (districtCode != null && !districtCode.isBlank()) {
			unitIds = unitsOf(districtCode, actor).stream().map(Unit::id).toList();
		}
		else if (!scope.state()) {
			unitIds = unitsOf(jurisdiction.unit(scope.districtId()).code(), actor).stream().map(Unit::id).toList();
		}
		int limit = Math.min(Math.max(size, 1), 200);
		return officers.find(unitIds, text, status, limit, page(page) * limit)
			.stream()
			.map(r -> jurisdiction.findOfficer(r.id()).orElseThrow())
			.toList();
	}

	/** One officer with their postings, newest first, for an administrator who keeps them. */
	@Transactional(readOnly = true)
	public OfficerRecord officer(long id, Actor actor) {
		Officer officer = officerInScope(id, scopeOf(actor));
		List<Posting> history = postings.history(id)
			.stream()
			.map(p -> new Posting(p.id(), p.officerId(), jurisdiction.unit(p.unitId()), p.roles(), p.startsOn(),
					p.orderRef(), p.endsOn(), p.endReason()))
			.sorted(Comparator.comparing(Posting::id).reversed())
			.toList();
		return new OfficerRecord(officer, history);
	}

	/** An officer with the history of their postings, newest first. */
	public record OfficerRecord(Officer officer, List<Posting> postings) {
	}

	/** An officer this administrator keeps, for the accounts' commands; any other is "not found". */
	@Transactional(readOnly = true)
	public Officer administered(long id, Actor actor) {
		return officerInScope(id, scopeOf(actor));
	}

	/** Whether this administrator keeps this officer: {@link #administered}'s rule as a question. */
	@Transactional(readOnly = true)
	public boolean keeps(long id, Actor actor) {
		try {
			administered(id, actor);
			return true;
		}
		catch (NotFoundException | ForbiddenActionException notKept) {
			return false;
		}
	}

	/**
	 * Creates an officer with their first posting. They have no password until they set one through
	 * the one-time link sent to their mobile (the accounts module issues it on {@link OfficerCreated}).
	 */
	public Officer createOfficer(NewOfficer request, Actor actor) {
		AdminScope scope = scopeOf(actor);
		NewPosting posting = request.posting();
		Unit unit = postingUnit(posting, scope);
		requirePostable(unit, posting.roles());
		String username = request.username().strip();
		if (officers.usernameTaken(username)) {
			throw new InvalidInputException("username", "admin.username.taken", username);
		}
		requireMobileFree(request.mobile(), null);
		Instant now = now();
		long id = officers.insert(username, request.nameEn().strip(), request.nameHi().strip(), request.rank().strip(),
				request.mobile(), unit.id(), now);
		officers.replaceRoles(id, posting.roles());
		postings.start(id, unit.id(), posting.roles(), posting.from(), blankToNull(posting.orderRef()),
				actor.officerId(), now);
		log.record(actor, AdminAction.OFFICER_CREATED, unit.districtId(), unit.id(), id,
				username + " (" + request.nameEn().strip() + ", " + request.rank().strip() + ") posted at " + unit.code()
						+ " as " + roles(posting.roles()) + " from " + posting.from() + order(posting.orderRef()),
				now);
		Officer officer = jurisdiction.findOfficer(id).orElseThrow();
		events.publishEvent(new OfficerCreated(id, username, officer.nameEn(), officer.mobile(), unit, actor, now));
		return officer;
	}

	public Officer changeOfficer(long id, OfficerChange request, Actor actor) {
		Officer officer = officerInScope(id, scopeOf(actor));
		requireVersion(officer.version(), request.version(), "admin.officer.changed-meanwhile");
		requireMobileFree(request.mobile(), id);
		if (!officers.changeDetails(id, request.version(), request.nameEn().strip(), request.nameHi().strip(),
				request.rank().strip(), request.mobile())) {
			throw new ConflictException("admin.officer.changed-meanwhile");
		}
		log.record(actor, AdminAction.OFFICER_CHANGED, districtOf(officer), null, id,
				officer.username() + ": " + officer.nameEn() + ", " + officer.rank() + ", " + officer.mobile() + " → "
						+ request.nameEn().strip() + ", " + request.rank().strip() + ", " + request.mobile(),
				now());
		return jurisdiction.findOfficer(id).orElseThrow();
	}

	/**
	 * Posts an officer: a transfer to another unit, new roles at the same unit, or a suspended
	 * officer's reinstatement. The current posting ends the day the new one begins; the work the
	 * officer can no longer do is handed on at once ({@link OfficerRelieved}).
	 */
	public Officer post(long id, NewPosting request, Actor actor) {
		AdminScope scope = scopeOf(actor);
		Officer officer = officerInScope(id, scope);
		Unit unit = postingUnit(request, scope);
		requirePostable(unit, request.roles());
		if (officer.status() == OfficerStatus.DEACTIVATED) {
			throw new ConflictException("admin.officer.deactivated", officer.username());
		}
		if (request.version() == null) {
			throw new InvalidInputException("version", "admin.version.required");
		}
		requireVersion(officer.version(), request.version(), "admin.officer.changed-meanwhile");
		LocalDate currentStart = currentPostingStart(id).orElse(null);
		if (currentStart != null && request.from().isBefore(currentStart)) {
			throw new InvalidInputException("from", "admin.posting.from.before-current", currentStart);
		}
		if (officer.posting() != null && officer.posting().id() == unit.id() && officer.roles().equals(request.roles())) {
			return officer;
		}
		Instant now = now();
		if (!officers.changePosting(id, request.version(), unit.id(), OfficerStatus.ACTIVE)) {
			throw new ConflictException("admin.officer.changed-meanwhile");
		}
		boolean sameUnit = officer.posting() != null && officer.posting().id() == unit.id();
		AdminAction action = officer.status() == OfficerStatus.SUSPENDED ? AdminAction.OFFICER_REINSTATED
				: sameUnit ? AdminAction.ROLES_CHANGED : officer.posting() == null ? AdminAction.OFFICER_POSTED
						: AdminAction.OFFICER_TRANSFERRED;
		postings.endCurrent(id, request.from(), sameUnit ? "ROLES_CHANGED" : "TRANSFERRED", actor.officerId(), now);
		postings.start(id, unit.id(), request.roles(), request.from(), blankToNull(request.orderRef()),
				actor.officerId(), now);
		officers.replaceRoles(id, request.roles());
		String details = officer.username() + ": " + (officer.posting() == null ? "no posting"
				: officer.posting().code() + " as " + roles(officer.roles())) + " → " + unit.code() + " as "
				+ roles(request.roles()) + " from " + request.from() + order(request.orderRef());
		log.record(actor, action, unit.districtId(), unit.id(), id, details, now);
		if (officer.posting() != null && !unit.districtId().equals(officer.posting().districtId())) {
			// The district left keeps a line too: its administrators see who went.
			log.record(actor, action, officer.posting().districtId(), officer.posting().id(), id, details, now);
		}
		if (officer.posting() != null) {
			events.publishEvent(new OfficerRelieved(id, officer.nameEn(), officer.posting(), officer.roles(), unit,
					request.roles(), OfficerStatus.ACTIVE, details, actor, now));
		}
		return jurisdiction.findOfficer(id).orElseThrow();
	}

	/** Suspends an officer: they may not sign in, hold no posting, and their work is handed on at once. */
	public Officer suspend(long id, Relief request, Actor actor) {
		return relieve(id, request, OfficerStatus.SUSPENDED, AdminAction.OFFICER_SUSPENDED, actor);
	}

	/** Deactivates an officer who left the service: as a suspension, and not to be posted again. */
	public Officer deactivate(long id, Relief request, Actor actor) {
		return relieve(id, request, OfficerStatus.DEACTIVATED, AdminAction.OFFICER_DEACTIVATED, actor);
	}

	private Officer relieve(long id, Relief request, OfficerStatus status, AdminAction action, Actor actor) {
		Officer officer = officerInScope(id, scopeOf(actor));
		if (actor.is(id)) {
			throw new ConflictException("admin.officer.not-yourself");
		}
		if (officer.status() == status || officer.status() == OfficerStatus.DEACTIVATED) {
			throw new ConflictException(
					officer.status() == OfficerStatus.DEACTIVATED ? "admin.officer.deactivated" : "admin.officer.already",
					officer.username(), Label.of("officer-status", status));
		}
		requireVersion(officer.version(), request.version(), "admin.officer.changed-meanwhile");
		Instant now = now();
		if (!officers.changePosting(id, request.version(), null, status)) {
			throw new ConflictException("admin.officer.changed-meanwhile");
		}
		postings.endCurrent(id, today(), status.name(), actor.officerId(), now);
		officers.replaceRoles(id, EnumSet.noneOf(Role.class));
		String details = officer.username() + (officer.posting() == null ? "" : " (" + officer.posting().code() + " as "
				+ roles(officer.roles()) + ")") + ": " + request.reason().strip() + order(request.orderRef());
		log.record(actor, action, districtOf(officer), officer.posting() == null ? null : officer.posting().id(), id,
				details, now);
		if (officer.posting() != null) {
			events.publishEvent(new OfficerRelieved(id, officer.nameEn(), officer.posting(), officer.roles(), null,
					Set.of(), status, details, actor, now));
		}
		return jurisdiction.findOfficer(id).orElseThrow();
	}

	/** The record of administration an administrator may read: their district's, or all from the state. */
	@Transactional(readOnly = true)
	public List<AdminChange> changes(Long officerId, String unitCode, int page, Actor actor) {
		AdminScope scope = scopeOf(actor);
		Long unitId = unitCode == null || unitCode.isBlank() ? null : unitInScope(unitCode, scope, "unit").id();
		if (officerId != null) {
			officerInScope(officerId, scope);
		}
		return log.list(scope.state() ? null : List.of(scope.districtId()), officerId, unitId, 100, page(page) * 100);
	}

	/** A page number as asked, kept between the first page and the last one anyone could read. */
	private static int page(int page) {
		return Math.min(Math.max(page, 0), MAX_PAGE);
	}

	/**
	 * Each district and whether it can receive complaints: an active officer of the IGRS cell, or
	 * its ASP or SP, posted there. For the state's administrators, who see which are not yet staffed.
	 */
	@Transactional(readOnly = true)
	public List<DistrictStaffing> staffing(Actor actor) {
		if (!scopeOf(actor).state()) {
			throw new ForbiddenActionException("admin.state-only");
		}
		return jurisdiction.ofKind(UnitKind.DISTRICT)
			.stream()
			.map(d -> new DistrictStaffing(d, jurisdiction.receivesComplaints(d),
					jurisdiction.children(d.id()).size(), officers.countActiveUnder(unitIdsOf(d))))
			.toList();
	}

	/** One district: whether someone receives its complaints, how many circles and active officers it has. */
	public record DistrictStaffing(Unit district, boolean staffed, int circles, long officers) {
	}

	private List<Long> unitIdsOf(Unit district) {
		List<Unit> all = new ArrayList<>();
		all.add(district);
		addChildren(district, all);
		return all.stream().map(Unit::id).toList();
	}

	// ---------------------------------------------------------------- rules

	/** The kind a unit of this kind is created under; null for kinds that are not created here. */
	static UnitKind parentKindOf(UnitKind kind) {
		return switch (kind) {
			case CIRCLE -> UnitKind.DISTRICT;
			case STATION -> UnitKind.CIRCLE;
			case BEAT, OUTPOST -> UnitKind.STATION;
			default -> null;
		};
	}

	private void requirePostable(Unit unit, Set<Role> roles) {
		requireOpen(unit, "unitCode");
		for (Role role : roles) {
			if (!role.canBePostedAt(unit.kind())) {
				throw new InvalidInputException("roles", "admin.posting.role-not-here", Label.of("role", role),
						Label.of("kind", unit.kind()));
			}
		}
	}

	private static void requireOpen(Unit unit, String field) {
		if (!unit.open()) {
			throw new InvalidInputException(field, "admin.unit.closed", unit.code(), unit.closedOn());
		}
	}

	private void requireMobileFree(String mobile, Long self) {
		List<Long> holders = officers.holdersOfMobile(mobile).stream().filter(h -> !h.equals(self)).toList();
		if (!holders.isEmpty()) {
			throw new InvalidInputException("mobile", "admin.mobile.taken", mobile);
		}
	}

	/** The day the officer's current posting began: a new posting may not begin before it (files check it too). */
	Optional<LocalDate> currentPostingStart(long officerId) {
		return postings.current(officerId).map(PostingRepository.Row::startsOn);
	}

	/** Two open units under one parent may not share an English name; this is how names compare. */
	static boolean sameName(String a, String b) {
		return nameKey(a).equals(nameKey(b));
	}

	/** A unit's English name as names compare (files check with it too). */
	static String nameKey(String nameEn) {
		return nameEn.strip().toLowerCase(Locale.ROOT);
	}

	private void requireNameFreeUnder(Unit parent, String nameEn, Long self) {
		boolean taken = jurisdiction.children(parent.id())
			.stream()
			.anyMatch(u -> u.open() && !Long.valueOf(u.id()).equals(self) && sameName(u.nameEn(), nameEn));
		if (taken) {
			throw new InvalidInputException("nameEn", "admin.unit.name.taken", nameEn.strip(), parent.code());
		}
	}

	private static void requireVersion(int current, Integer read, String key) {
		if (read == null) {
			throw new InvalidInputException("version", "admin.version.required");
		}
		if (current != read) {
			throw new ConflictException(key);
		}
	}

	private Unit postingUnit(NewPosting posting, AdminScope scope) {
		return unitInScope(posting.unitCode(), scope, "unitCode");
	}

	/** A unit the administrator keeps; any other is "unknown", as one that does not exist. */
	private Unit unitInScope(String code, AdminScope scope, String field) {
		Unit unit = code == null ? null : jurisdiction.unitByCode(code.strip()).orElse(null);
		if (unit == null || !scope.covers(unit)) {
			throw new InvalidInputException(field, "admin.unit.unknown", code);
		}
		return unit;
	}

	private Unit district(String code, AdminScope scope) {
		Unit unit = unitInScope(code, scope, "district");
		if (unit.kind() != UnitKind.DISTRICT) {
			throw new InvalidInputException("district", "admin.unit.unknown", code);
		}
		return unit;
	}

	/** An officer the administrator keeps (by current or latest posting); any other is "not found". */
	private Officer officerInScope(long id, AdminScope scope) {
		Officer officer = jurisdiction.findOfficer(id).orElseThrow(() -> new NotFoundException("admin.officer.unknown"));
		if (scope.state()) {
			return officer;
		}
		Long district = districtOf(officer);
		if (district == null || !district.equals(scope.districtId())) {
			throw new NotFoundException("admin.officer.unknown");
		}
		return officer;
	}

	/** The district an officer belongs to: of the current posting, else of the latest. */
	Long districtOf(Officer officer) {
		if (officer.posting() != null) {
			return officer.posting().districtId();
		}
		return postings.latest(officer.id()).flatMap(p -> jurisdiction.findUnit(p.unitId())).map(Unit::districtId)
			.orElse(null);
	}

	/** A code for a new unit from its parent's and its English name, e.g. RAMPUR_KOTWALI_HALKA_3. */
	private String freeCode(Unit parent, String nameEn) {
		String base = parent.kind() == UnitKind.CIRCLE ? jurisdiction.unit(parent.districtId()).code() : parent.code();
		String slug = nameEn.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
		String code = (base + "_" + (slug.isEmpty() ? "UNIT" : slug));
		code = code.length() > 76 ? code.substring(0, 76) : code;
		String candidate = code;
		for (int n = 2; units.codeTaken(candidate); n++) {
			candidate = code + "_" + n;
		}
		return candidate;
	}

	private Workload workload() {
		return workload.getIfAvailable(() -> Workload.NONE);
	}

	private static String describe(Unit unit) {
		return unit.kind() + " " + unit.code() + " (" + unit.nameEn() + " / " + unit.nameHi() + ")"
				+ position(unit.latitude(), unit.longitude());
	}

	private static String position(Double latitude, Double longitude) {
		return latitude == null || longitude == null ? "" : " at " + latitude + "," + longitude;
	}

	static String roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining("+"));
	}

	private static String order(String orderRef) {
		return orderRef == null || orderRef.isBlank() ? "" : " (order " + orderRef.strip() + ")";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private Instant now() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}
}
