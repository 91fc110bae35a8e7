package org.samadhan.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Placement;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.InvalidReferenceNumberException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.PerTransaction;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SerialPermutation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands other modules give a complaint, and the scoped reads. Every read and command first
 * finds the complaint as the caller may see it: one outside the caller's posting is "not found",
 * exactly like one that does not exist.
 */
@Service
@Transactional
public class Complaints {

	/** Supervisors in the chain, who read the case file of any complaint they see. */
	/** How long after a move an officer who lost sight of the complaint by it is told of a lost race. */
	private static final Duration MOVED_JUST_NOW = Duration.ofSeconds(10);

	private static final Set<Role> CASE_FILE_ROLES = Set.of(Role.SHO, Role.CO, Role.ASP, Role.SP, Role.IGRS_CELL);

	private final ComplaintRepository repository;

	private final Categories categories;

	private final Jurisdiction jurisdiction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReviewChain chain;

	private final int returnsBeforeCircleOfficer;

	private final SerialPermutation serials;

	private final Duration appealWindow;

	private final ListFilters filters;

	/** The due dates shown in this transaction, by complaint: a registration's, set while its moves are heard. */
	private final PerTransaction<Map<Long, Due>> dueShown = new PerTransaction<>(HashMap::new);

	/** The secret in application.properties, public on purpose: good for the demo only. */
	static final String PUBLISHED_REFERENCE_SECRET = "published-demo-secret-change-me";

	Complaints(ComplaintRepository repository, Categories categories, Jurisdiction jurisdiction,
			ApplicationEventPublisher events, Clock clock, ReviewChain chain,
			@Value("${samadhan.review.returns-before-circle-officer:3}") int returnsBeforeCircleOfficer,
			@Value("${samadhan.reference.secret}") String referenceSecret,
			@Value("${samadhan.demo.enabled:false}") boolean demo,
			@Value("${samadhan.feedback.appeal-window:P30D}") Duration appealWindow, ListFilters filters) {
		if (!demo && PUBLISHED_REFERENCE_SECRET.equals(referenceSecret)) {
			throw new IllegalStateException("samadhan.reference.secret is the published demo secret: set your own "
					+ "(at least 16 characters) before starting outside demo mode");
		}
		this.serials = new SerialPermutation(referenceSecret);
		this.repository = repository;
		this.chain = chain;
		this.categories = categories;
		this.jurisdiction = jurisdiction;
		this.events = events;
		this.clock = clock;
		this.returnsBeforeCircleOfficer = returnsBeforeCircleOfficer;
		this.appealWindow = appealWindow;
		this.filters = filters;
	}

	/** Registers and routes a new complaint; the caller has checked the request's shape. */
	public ComplaintView register(NewComplaint request, Actor actor) {
		return register(request, actor, () -> {
		});
	}

	/**
	 * As {@link #register(NewComplaint, Actor)}, with the intake channel's own step ({@code
	 * beforeInsert}: the monthly limit, the idempotency key) run once the request has passed the
	 * complaint's checks (category, district, station) and before the complaint is written: check,
	 * then write.
	 */
	public ComplaintView register(NewComplaint request, Actor actor, Runnable beforeInsert) {
		Category category = categories.find(request.categoryCode())
			.orElseThrow(() -> new InvalidInputException("categoryCode", "complaint.category.unknown"));
		Unit district = jurisdiction.findUnit(request.districtId())
			.filter(u -> u.kind() == UnitKind.DISTRICT && u.open())
			.orElseThrow(() -> new InvalidInputException("districtId", "complaint.district.unknown"));
		Unit station = null;
		if (request.stationId() != null) {
			station = jurisdiction.findUnit(request.stationId())
				.filter(u -> u.kind() == UnitKind.STATION && Long.valueOf(district.id()).equals(u.districtId()))
				.orElseThrow(() -> new InvalidInputException("stationId", "complaint.station.not-in-district"));
			if (!station.open()) {
				throw new InvalidInputException("stationId", "complaint.station.closed");
			}
		}
		Unit named = station;
		String routing = null;
		if (!jurisdiction.receivesComplaints(district)) {
			if (jurisdiction.stateCell().isEmpty()) {
				throw new ConflictException("complaint.district.not-served", district.nameEn(), district.nameHi());
			}
			routing = "No officer receives " + district.nameEn() + "'s complaints yet: the state IGRS cell works it";
		}
		if (station != null && request.channel().routesToStation()
				&& jurisdiction.holdersOf(Role.SHO, Placement.station(station)).isEmpty()) {
			// No SHO to receive it at the station: the district's IGRS cell marks it on.
			station = null;
			routing = "Station " + jurisdiction.unit(request.stationId()).nameEn() + " has no SHO posted";
		}
		beforeInsert.run();
		Instant now = now();
		long serial = repository.nextSerial();
		int year = ZonedDateTime.ofInstant(now, clock.getZone()).getYear();
		ReferenceNumber reference = ReferenceNumber.forSequence(year, district.number(), serial, serials);
		Complaint complaint = Complaint.register(serial, reference, request.channel(), category,
				request.complainant(), request.victim(), request.description(), request.incident(), district, station,
				named, routing, actor, now);
		List<Complaint.PendingEntry> changes = complaint.pendingHistory();
		repository.insert(complaint);
		publish(complaint, changes, null);
		// as inserted, with the due date the deadline module set while the moves were heard
		Map<Long, Due> shown = dueShown.current();
		Due due = shown == null ? null : shown.get(complaint.id());
		ComplaintView registered = due == null ? describe(complaint.id()) : ComplaintView.of(complaint).withDue(due);
		events.publishEvent(new ComplaintRegistered(complaint.id(), reference.value(), request.channel(),
				request.complainant().mobile(), now, registered));
		return registered;
	}

	@Transactional(readOnly = true)
	public ComplaintView view(ReferenceNumber reference, Actor actor) {
		return ComplaintView.of(read(reference, actor));
	}

	/**
	 * What the person who filed a complaint is told at once: its reference number and where it
	 * went. Unscoped, for the intake channel that has just registered it (or registered it before,
	 * when a submit is retried).
	 */
	@Transactional(readOnly = true)
	public Receipt receipt(long complaintId) {
		return repository.findById(complaintId)
			.map(c -> new Receipt(c.reference().value(), c.status(), c.registeredAt(), c.due().dueOn()))
			.orElseThrow(Complaints::notFound);
	}

	/**
	 * The complaint, unscoped: for modules that act on it for Samadhan itself (timers, messages,
	 * checks), never for answering a person.
	 */
	@Transactional(readOnly = true)
	public ComplaintView describe(long complaintId) {
		return repository.findById(complaintId).map(ComplaintView::of).orElseThrow(Complaints::notFound);
	}

	/** As {@link #describe(long)}, by reference number; unscoped, never for answering a person. */
	@Transactional(readOnly = true)
	public ComplaintView describe(ReferenceNumber reference) {
		return repository.findByReference(reference.value()).map(ComplaintView::of)
			.orElseThrow(() -> notFound(reference));
	}

	/** The history, unscoped, for modules that act for Samadhan itself. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> historyOf(long complaintId) {
		return repository.history(complaintId);
	}

	@Transactional(readOnly = true)
	public ComplaintView view(long complaintId, Actor actor) {
		return repository.findById(complaintId)
			.filter(c -> sees(actor, c))
			.map(ComplaintView::of)
			.orElseThrow(Complaints::notFound);
	}

	/**
	 * Whether the actor may see the complaint, without failing when not: for a module that shows a
	 * link to another complaint only to those who may follow it.
	 */
	@Transactional(readOnly = true)
	public boolean isVisibleTo(long complaintId, Actor actor) {
		return repository.findById(complaintId).filter(c -> sees(actor, c)).isPresent();
	}

	/**
	 * The complaint, for a caller who may also read its case file (the enquiry's record, files and
	 * reviews): its enquiry officer, or a supervisor in the chain. Operators, the feedback desk and
	 * administrators see the complaint, not the case file.
	 */
	@Transactional(readOnly = true)
	public ComplaintView viewCaseFile(ReferenceNumber reference, Actor actor) {
		Complaint complaint = read(reference, actor);
		if (!readsCaseFile(actor, complaint.enquiryOfficerId())) {
			throw new ForbiddenActionException("complaint.case-file.role-required");
		}
		return ComplaintView.of(complaint);
	}

	/**
	 * Whether the actor, who sees this complaint, may also read its case file: the rule of
	 * {@link #viewCaseFile}, without failing when not, for a page that shows the case file only to
	 * those who may read it and the complaint alone to the others.
	 */
	public boolean readsCaseFile(ComplaintView complaint, Actor actor) {
		return readsCaseFile(actor, complaint.enquiryOfficerId());
	}

	private static boolean readsCaseFile(Actor actor, Long enquiryOfficerId) {
		return actor.is(enquiryOfficerId) || CASE_FILE_ROLES.stream().anyMatch(actor::holds);
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(ReferenceNumber reference, Actor actor) {
		return repository.history(read(reference, actor).id());
	}

	/**
	 * A page of the complaints the actor sees, narrowed by the query's search and filters. A value
	 * the search does not know is refused ({@code InvalidInputException}, naming the parameter). A
	 * reference number whose check digit fails is refused with the existing numbers one typing
	 * mistake away that the actor sees ({@link InvalidReferenceNumberException#didYouMean()}),
	 * never one outside the actor's scope.
	 */
	@Transactional(readOnly = true)
	public List<ComplaintSummary> list(Actor actor, ComplaintQuery query) {
		ListFilter filter = filters.read(query.search());
		if (actor.roles().equals(Set.of(Role.ADMIN)) || query.page() > ComplaintQuery.MAX_PAGE) {
			return List.of();
		}
		Set<Role> reviewerRoles = EnumSet.noneOf(Role.class);
		reviewerRoles.addAll(actor.roles());
		if (actor.holds(Role.SP)) {
			reviewerRoles.add(Role.ASP);
		}
		Scope scope = jurisdiction.scopeOf(actor);
		if (filter.mistyped() != null) {
			List<String> meant = filter.references().isEmpty() ? List.of()
					: repository.list(scope, new ComplaintQuery(null, false, false, 0, ComplaintQuery.MAX_PAGE_SIZE),
							reviewerRoles, ListFilter.references(filter.references()))
						.stream()
						.map(ComplaintSummary::reference)
						.toList();
			String typed = ReferenceNumber.digitsOf(filter.mistyped());
			if (meant.contains(typed)) {
				// A number issued before the check digit's table was corrected (ADR 0002): it is the one.
				return repository.list(scope, query, reviewerRoles, ListFilter.references(List.of(typed)));
			}
			throw new InvalidReferenceNumberException(filter.mistyped(), meant);
		}
		return repository.list(scope, query, reviewerRoles, filter);
	}

	public ComplaintView markToStation(ReferenceNumber reference, long stationId, String note, Actor actor) {
		Complaint complaint = load(reference, actor);
		Unit station = jurisdiction.findUnit(stationId)
			.orElseThrow(() -> new InvalidInputException("stationId", "complaint.station.not-in-district"));
		if (!station.open()) {
			throw new InvalidInputException("stationId", "complaint.station.closed");
		}
		return change(complaint, c -> c.markToStation(station, actor, note, now()));
	}

	public ComplaintView sendBackToDistrict(ReferenceNumber reference, String reason, Actor actor) {
		return change(load(reference, actor), c -> c.sendBackToDistrict(actor, reason, now()));
	}

	public ComplaintView transferToDistrict(ReferenceNumber reference, long districtId, String reason, Actor actor) {
		Complaint complaint = load(reference, actor);
		Unit district = jurisdiction.findUnit(districtId)
			.filter(u -> u.kind() == UnitKind.DISTRICT && u.open())
			.orElseThrow(() -> new InvalidInputException("districtId", "complaint.district.unknown"));
		return change(complaint, c -> c.transferToDistrict(district, actor, reason, now()));
	}

	public ComplaintView transferOut(ReferenceNumber reference, String receivingOffice, String reason, Actor actor) {
		return change(load(reference, actor), c -> c.transferOut(receivingOffice, actor, reason, now()));
	}

	public ComplaintView assign(ReferenceNumber reference, long officerId, String note, Actor actor) {
		Complaint complaint = load(reference, actor);
		Officer officer = jurisdiction.findOfficer(officerId)
			.orElseThrow(() -> new InvalidInputException("officerId", "complaint.assign.not-station-io"));
		return change(complaint, c -> c.assign(officer, actor, note, now()));
	}

	/**
	 * The SHO, or anyone above in the chain, hands an open enquiry (assigned, under enquiry or
	 * returned) to another IO of the station, with a written reason.
	 */
	public ComplaintView handOver(ReferenceNumber reference, long officerId, String reason, Actor actor) {
		Complaint complaint = load(reference, actor);
		Officer officer = jurisdiction.findOfficer(officerId)
			.orElseThrow(() -> new InvalidInputException("officerId", "complaint.assign.not-station-io"));
		return change(complaint, c -> c.handOver(officer, actor, reason, now()));
	}

	/**
	 * The open enquiries waiting for an officer (whose officer left the post), within the caller's
	 * posting, oldest first: the SHO's "to reassign" list.
	 */
	@Transactional(readOnly = true)
	public List<ComplaintSummary> awaitingOfficer(Actor actor, int page, int size) {
		return list(actor, ComplaintQuery.awaitingOfficer(page, size, ComplaintSearch.NONE.sortedBy(ComplaintSort.OLDEST)));
	}

	/**
	 * An officer left a post: each open enquiry they held that their new posting does not cover
	 * waits for another officer, at once and in the same transaction as the transfer. Answers the
	 * complaints released.
	 */
	List<ComplaintView> releaseEnquiriesOf(long officerId, java.util.function.Predicate<Placement> keeps,
			String reason, Actor by) {
		List<ComplaintView> released = new java.util.ArrayList<>();
		for (Complaint complaint : repository.openEnquiriesHeldBy(officerId)) {
			if (!keeps.test(complaint.placement())) {
				complaint.releaseEnquiry(by, reason, now());
				released.add(store(complaint));
			}
		}
		return released;
	}

	/**
	 * Called by the enquiry as work is recorded: the first piece of work starts (or resumes) the
	 * enquiry. The complaint's row stays locked until the work is stored, so no work slips in after
	 * a report or closure proposal that another request is filing at the same moment.
	 */
	public ComplaintView startEnquiry(ReferenceNumber reference, Actor actor) {
		Complaint complaint = repository.findByReferenceForUpdate(reference.value())
			.filter(c -> sees(actor, c))
			.orElseThrow(() -> notFound(reference));
		return change(complaint, c -> c.startEnquiry(actor, now()));
	}

	/**
	 * The enquiry officer files the report; it goes to the first review level senior to them that
	 * they do not hold themselves.
	 * <p>{@code beforeMove} is the filing module's own policy (the work a report needs), run once the
	 * complaint's guards have passed and before anything moves: a refused report writes nothing.
	 */
	public ComplaintView submitReport(ReferenceNumber reference, String note, Actor actor, BeforeMove beforeMove) {
		Complaint complaint = load(reference, actor);
		complaint.checkSubmitReport(actor);
		// A circle officer writes the report only when a third return handed them the enquiry.
		Role author = actor.holds(Role.CO) && !actor.holds(Role.IO) ? Role.CO : Role.IO;
		beforeMove.check(ComplaintView.of(complaint), author);
		// the author, signed in, says which roles they hold: a level that is none of theirs is not looked up
		Predicate<Role> held = heldBy(actor.officerId(), complaint);
		ReviewChain.Route route = chain.firstLevelFor(author, level -> actor.holds(level) && held.test(level));
		return change(complaint, c -> c.submitReport(route, actor, note, now()));
	}

	/**
	 * The current review level approves: forwards to the next level the report's author does not
	 * hold, or disposes at the last.
	 * <p>{@code beforeMove} is another module's policy (flags approved only with a reason), run once
	 * the complaint's guards have passed and before anything moves: a refused approval writes nothing.
	 */
	public Reviewed approve(ReferenceNumber reference, String note, Actor actor, BeforeMove beforeMove) {
		Complaint complaint = load(reference, actor);
		ReviewChain.Route next = complaint.awaitingRole() == null ? ReviewChain.Route.to(null)
				: chain.after(complaint.awaitingRole(), heldBy(complaint.enquiryOfficerId(), complaint));
		boolean levelVacant = levelVacant(complaint, actor);
		beforeMove.check(ComplaintView.of(complaint), complaint.checkApprove(next, levelVacant, actor));
		Role level = complaint.approve(next, levelVacant, actor, note, now());
		return new Reviewed(store(complaint), level);
	}

	/**
	 * Sends the report back; the configured return (third by default) moves the enquiry to the
	 * circle officer, and is refused while the circle has none to take it.
	 */
	public Reviewed returnForEnquiry(ReferenceNumber reference, String reason, Actor actor) {
		Complaint complaint = load(reference, actor);
		Officer circleOfficer = null;
		if (complaint.returnCount() + 1 == returnsBeforeCircleOfficer) {
			Long circleId = complaint.placement().circleId();
			circleOfficer = (circleId == null ? Optional.<Officer>empty() : jurisdiction.officerAt(circleId, Role.CO))
				.orElseThrow(() -> new ConflictException("complaint.return.no-circle-officer"));
		}
		Role level = complaint.returnForEnquiry(reason, returnsBeforeCircleOfficer, circleOfficer,
				levelVacant(complaint, actor), actor, now());
		releaseIfHolderLeft(complaint, actor);
		return new Reviewed(store(complaint), level);
	}

	/** The enquiry officer proposes special closure; the L-2 officer decides. */
	public ComplaintView proposeSpecialClosure(ReferenceNumber reference, String reason, Actor actor) {
		Role approver = chain.specialClosureApprover();
		return change(load(reference, actor), c -> c.proposeSpecialClosure(approver, actor, reason, now()));
	}

	public ComplaintView decideSpecialClosure(ReferenceNumber reference, boolean approved, String reason, Actor actor) {
		return change(load(reference, actor), c -> {
			c.decideSpecialClosure(approved, actor, reason, now());
			releaseIfHolderLeft(c, actor);
		});
	}

	/**
	 * The complainant's word. A citizen's answer comes through the feedback module, which has
	 * checked their link; an officer of the feedback desk must see the complaint.
	 */
	public ComplaintView recordFeedback(long complaintId, boolean satisfied, String reason, Actor actor) {
		return change(loadForActor(complaintId, actor), c -> c.recordFeedback(satisfied, reason, actor, now()));
	}

	public ComplaintView closeWithoutFeedback(long complaintId, String reason, Actor actor) {
		return change(loadForActor(complaintId, actor), c -> c.closeWithoutFeedback(reason, actor, now()));
	}

	/** A supervisor gives a reopened complaint to an officer who has not held its enquiry before. */
	public ComplaintView reassign(ReferenceNumber reference, long officerId, String note, Actor actor) {
		Complaint complaint = load(reference, actor);
		Officer officer = jurisdiction.findOfficer(officerId)
			.orElseThrow(() -> new InvalidInputException("officerId", "complaint.assign.not-station-io"));
		Set<Long> earlier = new HashSet<>();
		if (complaint.enquiryOfficerId() != null) {
			earlier.add(complaint.enquiryOfficerId());
		}
		repository.history(complaint.id())
			.stream()
			.map(HistoryEntry::handedTo)
			.filter(Objects::nonNull)
			.forEach(earlier::add);
		return change(complaint, c -> c.reassign(officer, earlier, actor, note, now()));
	}

	/**
	 * The complainant appeals against the closure, within {@code samadhan.feedback.appeal-window}
	 * (30 days) of it. The caller has checked that the citizen is the complainant. The window runs
	 * from the closure that ended the feedback (satisfied, or no answer) or the approved special
	 * closure, and a closure gets one
	 * appeal: an appeal that was dismissed closes the complaint again without opening a new window,
	 * or appeals could follow each other for ever.
	 */
	public ComplaintView appeal(long complaintId, String reason, Actor citizen) {
		Complaint complaint = repository.findById(complaintId).orElseThrow(Complaints::notFound);
		List<HistoryEntry> history = repository.history(complaintId);
		int closure = -1;
		for (int i = 0; i < history.size(); i++) {
			ComplaintAction action = history.get(i).action();
			if (action == ComplaintAction.RECORD_SATISFIED || action == ComplaintAction.CLOSE_WITHOUT_FEEDBACK
					|| action == ComplaintAction.APPROVE_SPECIAL_CLOSURE) {
				closure = i;
			}
		}
		Instant closedAt = closure < 0 ? null : history.get(closure).at();
		boolean appealedBefore = closure >= 0 && history.subList(closure, history.size())
			.stream()
			.anyMatch(h -> h.action() == ComplaintAction.APPEAL);
		if (appealedBefore && complaint.status() != ComplaintStatus.APPEALED) {
			throw new ConflictException("complaint.appeal.already-decided");
		}
		return change(complaint, c -> c.appeal(reason, closedAt, appealWindow, citizen, now()));
	}

	public ComplaintView decideAppeal(ReferenceNumber reference, boolean reopen, String reason, Actor actor) {
		return change(load(reference, actor), c -> c.decideAppeal(reopen, reason, actor, now()));
	}

	/**
	 * Records a fact about the complaint (a pause, a warning, an escalation, a link to an earlier
	 * complaint) in its history. The status and version stay as they are, so a fact never makes an
	 * officer's action at the same moment fail.
	 */
	public void recordFact(long complaintId, ComplaintAction fact, Actor actor, String reason) {
		if (!fact.isFact()) {
			throw new IllegalArgumentException(fact + " moves a complaint; use its verb");
		}
		Role role = actor.roles().stream().filter(Role::isOfficerRole).findFirst()
			.orElse(actor.roles().iterator().next());
		repository.appendFact(complaintId, fact, actor, role, reason, now());
	}

	/**
	 * Records many facts by one actor at once (the deadline sweep's warnings, escalations and
	 * defaults), in one batch; like {@link #recordFact}, nothing moves and no version changes.
	 */
	public void recordFacts(List<Fact> facts, Actor actor) {
		if (facts.isEmpty()) {
			return;
		}
		Role role = actor.roles().stream().filter(Role::isOfficerRole).findFirst()
			.orElse(actor.roles().iterator().next());
		repository.appendFacts(facts, actor, role, now());
	}

	/**
	 * The scrutiny module tells the complaint how many flags the paper-disposal detector raised on
	 * its latest report (0 for a clean one), so that lists can filter flagged complaints.
	 */
	public void showFlags(long complaintId, int flagCount) {
		repository.showFlags(complaintId, flagCount);
	}

	/** The deadline module tells the complaint its due date, to show to the complainant and in lists. */
	public void showDue(long complaintId, Due due) {
		repository.showDue(complaintId, due);
		Map<Long, Due> shown = dueShown.current();
		if (shown != null) {
			shown.put(complaintId, due);
		}
		events.publishEvent(new DueDateShown(complaintId, due.dueOn(), due.paused()));
	}

	/**
	 * Whether the actor may see this complaint: it lies within their posting, or its enquiry is
	 * theirs. An administrator keeps the officer list and sees no complaints.
	 */
	private boolean sees(Actor actor, Complaint complaint) {
		if (actor.roles().equals(Set.of(Role.ADMIN))) {
			return false;
		}
		return holdsHere(actor, complaint) || jurisdiction.covers(actor.posting(), complaint.placement());
	}

	/**
	 * The officer holding the enquiry, while still posted where it lies. One who was transferred
	 * away loses it on their very next request, whatever else the complaint says.
	 */
	private static boolean holdsHere(Actor actor, Complaint complaint) {
		return actor.is(complaint.enquiryOfficerId())
				&& Jurisdiction.mayHoldEnquiry(actor.posting(), actor.roles(), complaint.placement());
	}

	/**
	 * Whether an officer above the awaited review level may act in its place: no one holds that
	 * level's post for this complaint but, at most, the report's author, who may not review it
	 * (asked only when the caller does not hold the level).
	 */
	private boolean levelVacant(Complaint complaint, Actor actor) {
		Role level = complaint.awaitingRole();
		return level != null && !actor.holds(level) && jurisdiction.holdersOf(level, complaint.placement())
			.stream()
			.allMatch(holder -> Long.valueOf(holder.id()).equals(complaint.enquiryOfficerId()));
	}

	/**
	 * Whether the report's author holds a review level's post for this complaint: such a level is
	 * passed over, since nobody reviews their own report.
	 */
	private Predicate<Role> heldBy(Long authorId, Complaint complaint) {
		return level -> authorId != null && jurisdiction.holdersOf(level, complaint.placement())
			.stream()
			.anyMatch(holder -> authorId.equals(holder.id()));
	}

	/**
	 * A report sent back, or a special closure refused, goes back to its enquiry: when the officer
	 * who held it has since left the post, it waits for another instead.
	 */
	private void releaseIfHolderLeft(Complaint complaint, Actor actor) {
		Long holder = complaint.enquiryOfficerId();
		if (holder == null || !complaint.status().actions().contains(ComplaintAction.HAND_OVER)) {
			return;
		}
		boolean stays = jurisdiction.findOfficer(holder).map(o -> o.mayHoldEnquiryAt(complaint.placement())).orElse(false);
		if (!stays) {
			complaint.releaseEnquiry(actor, "The officer who held the enquiry is no longer posted at the station", now());
		}
	}

	/** By id: an officer must see it; a citizen or Samadhan acts through a module that checked. */
	private Complaint loadForActor(long complaintId, Actor actor) {
		return repository.findById(complaintId)
			.filter(c -> !actor.isOfficer() || sees(actor, c))
			.orElseThrow(Complaints::notFound);
	}

	/** The complaint a caller reads: one out of their sight is not found, however it got there. */
	private Complaint read(ReferenceNumber reference, Actor actor) {
		return repository.findByReference(reference.value())
			.filter(c -> sees(actor, c))
			.orElseThrow(() -> notFound(reference));
	}

	/**
	 * The complaint an officer acts on (a verb). One that another officer's action moved out of the caller's
	 * sight a moment ago (sent back to the district, handed to another officer) is a lost race, and
	 * answers 409 like any other lost race, not 404: only within {@link #MOVED_JUST_NOW} of the move,
	 * and only to an officer who had it: named in its history, or posted where the move was made.
	 * Anyone else, a guesser included, still learns nothing.
	 */
	private Complaint load(ReferenceNumber reference, Actor actor) {
		Optional<Complaint> found = repository.findByReference(reference.value());
		if (found.isPresent() && sees(actor, found.get())) {
			return found.get();
		}
		if (found.isPresent() && lostSightJustNow(found.get(), actor)) {
			throw new ConflictException("complaint.moved-meanwhile");
		}
		throw notFound(reference);
	}

	private boolean lostSightJustNow(Complaint complaint, Actor actor) {
		if (!actor.isOfficer() || actor.posting() == null || complaint.updatedAt() == null
				|| complaint.updatedAt().isBefore(clock.instant().minus(MOVED_JUST_NOW))) {
			return false;
		}
		List<HistoryEntry> history = repository.history(complaint.id());
		HistoryEntry lastMove = history.get(history.size() - 1);
		return Long.valueOf(actor.posting().id()).equals(lastMove.actorPostingUnitId())
				|| history.stream().anyMatch(h -> actor.is(h.actorOfficerId()) || actor.is(h.handedTo()));
	}

	private ComplaintView change(Complaint complaint, Consumer<Complaint> verb) {
		verb.accept(complaint);
		return store(complaint);
	}

	/** Stores what a verb changed (nothing when it changed nothing) and announces each move. */
	private ComplaintView store(Complaint complaint) {
		List<Complaint.PendingEntry> changes = complaint.pendingHistory();
		if (changes.isEmpty()) {
			return ComplaintView.of(complaint);
		}
		ComplaintStatusChanged.Before before = complaint.asStored();
		repository.update(complaint);
		publish(complaint, changes, before);
		return ComplaintView.of(complaint);
	}

	/** Announces each move; the first carries where the complaint was before the command, the next where it is now. */
	private void publish(Complaint complaint, List<Complaint.PendingEntry> changes,
			ComplaintStatusChanged.Before before) {
		ComplaintView view = ComplaintView.of(complaint);
		ComplaintStatusChanged.Before now = new ComplaintStatusChanged.Before(complaint.placement(),
				complaint.enquiryOfficerId());
		for (int i = 0; i < changes.size(); i++) {
			Complaint.PendingEntry e = changes.get(i);
			events.publishEvent(new ComplaintStatusChanged(complaint.id(), complaint.reference().value(), e.action(),
					e.from(), e.to(), e.actor().officerId(), e.at(), view, i == 0 ? before : now));
		}
	}

	/** Now, to the microsecond that both databases keep, so what is returned is what is stored. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static NotFoundException notFound() {
		return new NotFoundException("complaint.not-found");
	}

	/**
	 * No such complaint for the caller. A number that passes only the check of the table used before
	 * it was corrected (ADR 0002) and names no complaint was mistyped: it is answered as a mistyped
	 * number is, whether or not it exists out of the caller's sight, so the answer tells nothing.
	 */
	static RuntimeException notFound(ReferenceNumber reference) {
		return reference.checkedAsIssuedBefore() ? new InvalidReferenceNumberException(reference.value())
				: notFound();
	}
}
