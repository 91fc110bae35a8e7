package org.samadhan.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Placement;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.Label;
import org.samadhan.shared.ReferenceNumber;

/**
 * A complaint and its lifecycle. It is registered and routed at once to its district's inbox
 * (or, for a grievance heard at a station, to that station's); the IGRS cell marks it to a
 * station or transfers it; the SHO assigns an investigating officer, whose first recorded work
 * starts the enquiry; the officer files a report, which each level of the review chain forwards
 * or returns with a reason, the last level disposing of it. A third return moves the enquiry to
 * the circle officer. A prohibited subject may instead be specially closed by the L-2 officer.
 *
 * <p>Disposal asks the complainant at once (FEEDBACK_PENDING). Satisfied closes it; dissatisfied
 * reopens it, and a supervisor gives it to a different officer; a complainant who cannot be
 * reached is closed without feedback. A closed complaint may be appealed within the window, and
 * the ASP or SP upholds the closure or reopens it. Facts about time (pauses, warnings,
 * escalations, defaulting) are recorded in the same history without moving the status.
 *
 * <p>Every verb checks the {@link ComplaintStatus status table} and who is acting, changes the
 * complaint, and appends a {@link HistoryEntry history row}; the repository stores both in one
 * transaction, guarded by the version, so that of two conflicting actions only one wins.
 */
class Complaint {

	/** The station's chain ({@link Role#STATION_CHAIN}), as {@code requireOneOf} takes it. */
	private static final Role[] STATION_CHAIN = Role.STATION_CHAIN.toArray(Role[]::new);

	private final long id;

	private final ReferenceNumber reference;

	private ComplaintStatus status;

	private int version;

	private final Channel channel;

	private final Category category;

	private final Person complainant;

	private final Person victim;

	private final String description;

	private final Incident incident;

	/**
	 * The station named at filing, kept as the IGRS cell's suggestion whatever the routing did with
	 * it (always of the complaint's district; null when none was named).
	 */
	private final Long suggestedStationId;

	private Placement placement;

	private Long enquiryOfficerId;

	private Role awaitingRole;

	private int returnCount;

	private int reopenCount;

	private String outsideOffice;

	private final Long registeredBy;

	private final Due due;

	private final Instant registeredAt;

	private Instant updatedAt;

	private final List<PendingEntry> pending = new ArrayList<>();

	/** Where it was placed and who held its enquiry as last stored; null until first stored. */
	private ComplaintStatusChanged.Before asStored;

	Complaint(long id, ReferenceNumber reference, ComplaintStatus status, int version, Channel channel,
			Category category, Person complainant, Person victim, String description, Incident incident,
			Long suggestedStationId, Placement placement, Long enquiryOfficerId, Role awaitingRole, int returnCount,
			int reopenCount, String outsideOffice, Long registeredBy, Instant registeredAt, Instant updatedAt, Due due) {
		this.id = id;
		this.reference = reference;
		this.status = status;
		this.version = version;
		this.channel = channel;
		this.category = category;
		this.complainant = complainant;
		this.victim = victim;
		this.description = description;
		this.incident = incident;
		this.suggestedStationId = suggestedStationId;
		this.placement = placement;
		this.enquiryOfficerId = enquiryOfficerId;
		this.awaitingRole = awaitingRole;
		this.returnCount = returnCount;
		this.reopenCount = reopenCount;
		this.outsideOffice = outsideOffice;
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
		this.updatedAt = updatedAt;
		this.due = due;
		this.asStored = new ComplaintStatusChanged.Before(placement, enquiryOfficerId);
	}

	/**
	 * A new complaint, routed at once: to the station's inbox when the channel hears complaints at
	 * a station and the station is known, otherwise to the district's. The station named, routed
	 * there or not, is kept as the suggestion for whoever marks it.
	 */
	static Complaint register(long id, ReferenceNumber reference, Channel channel, Category category, Person complainant,
			Person victim, String description, Incident incident, Unit district, Unit station, Actor actor,
			Instant now) {
		return register(id, reference, channel, category, complainant, victim, description, incident, district, station,
				station, null, actor, now);
	}

	/**
	 * As above, with the station named at filing ({@code suggested}) apart from the one it is routed
	 * to ({@code station}, null when it goes to the district); {@code routing} says why it was routed
	 * as it was, when not the usual way.
	 */
	static Complaint register(long id, ReferenceNumber reference, Channel channel, Category category, Person complainant,
			Person victim, String description, Incident incident, Unit district, Unit station, Unit suggested,
			String routing, Actor actor, Instant now) {
		Complaint complaint = new Complaint(id, reference, ComplaintStatus.REGISTERED, 0, channel, category,
				complainant, victim, description, incident, suggested == null ? null : suggested.id(),
				Placement.district(district), null, null, 0, 0, null, actor.officerId(), now, now, Due.NOT_SET);
		complaint.asStored = null;
		complaint.pending.add(new PendingEntry(ComplaintAction.REGISTER, null, ComplaintStatus.REGISTERED, actor, roleOf(actor), null, null, now));
		if (station != null && channel.routesToStation()) {
			complaint.placement = Placement.station(station);
			complaint.move(ComplaintAction.ROUTE_TO_STATION, Actor.system(), Role.SYSTEM, null, now);
		}
		else {
			complaint.move(ComplaintAction.ROUTE_TO_DISTRICT, Actor.system(), Role.SYSTEM, routing, now);
		}
		return complaint;
	}

	void markToStation(Unit station, Actor actor, String note, Instant now) {
		requireStatusAllows(ComplaintAction.MARK_TO_STATION);
		Role role = requireOneOf(actor, ComplaintAction.MARK_TO_STATION, Role.IGRS_CELL, Role.ASP, Role.SP);
		if (station.kind() != UnitKind.STATION || !Long.valueOf(placement.districtId()).equals(station.districtId())) {
			throw new InvalidInputException("stationId", "complaint.station.not-in-district");
		}
		placement = Placement.station(station);
		move(ComplaintAction.MARK_TO_STATION, actor, role, note, now);
	}

	/** The SHO (or an officer above, in the SHO's place) sends a wrongly marked complaint back to the district. */
	void sendBackToDistrict(Actor actor, String reason, Instant now) {
		requireStatusAllows(ComplaintAction.SEND_BACK_TO_DISTRICT);
		Role role = requireOneOf(actor, ComplaintAction.SEND_BACK_TO_DISTRICT, STATION_CHAIN);
		requireReason(reason);
		placement = new Placement(placement.districtId(), null, null);
		move(ComplaintAction.SEND_BACK_TO_DISTRICT, actor, role, reason, now);
	}

	void transferToDistrict(Unit district, Actor actor, String reason, Instant now) {
		requireStatusAllows(ComplaintAction.TRANSFER_TO_DISTRICT);
		Role role = requireOneOf(actor, ComplaintAction.TRANSFER_TO_DISTRICT, Role.IGRS_CELL, Role.ASP, Role.SP);
		requireReason(reason);
		if (district.kind() != UnitKind.DISTRICT || district.id() == placement.districtId()) {
			throw new InvalidInputException("districtId", "complaint.transfer.same-district");
		}
		placement = Placement.district(district);
		move(ComplaintAction.TRANSFER_TO_DISTRICT, actor, role, reason, now);
	}

	void transferOut(String receivingOffice, Actor actor, String reason, Instant now) {
		requireStatusAllows(ComplaintAction.TRANSFER_OUT);
		Role role = requireOneOf(actor, ComplaintAction.TRANSFER_OUT, Role.IGRS_CELL, Role.ASP, Role.SP);
		requireReason(reason);
		if (receivingOffice == null || receivingOffice.isBlank()) {
			throw new InvalidInputException("receivingOffice", "complaint.transfer.office-required");
		}
		outsideOffice = receivingOffice.strip();
		move(ComplaintAction.TRANSFER_OUT, actor, role, reason, now);
	}

	/** The SHO, or an officer above in the chain acting in their place, gives it to an IO of the station. */
	void assign(Officer officer, Actor actor, String note, Instant now) {
		requireStatusAllows(ComplaintAction.ASSIGN);
		Role role = requireOneOf(actor, ComplaintAction.ASSIGN, STATION_CHAIN);
		requireStationIo(officer);
		enquiryOfficerId = officer.id();
		move(ComplaintAction.ASSIGN, actor, role, note, officer.id(), now);
	}

	/**
	 * The SHO, or anyone above in the chain, gives an open enquiry to another IO of the station
	 * with a written reason, whether its officer left the post or is still there. The record kept
	 * so far stays with the complaint; the new officer's own first work starts the enquiry again.
	 */
	void handOver(Officer officer, Actor actor, String reason, Instant now) {
		requireStatusAllows(ComplaintAction.HAND_OVER);
		Role role = requireOneOf(actor, ComplaintAction.HAND_OVER, STATION_CHAIN);
		requireReason(reason);
		requireStationIo(officer);
		if (Long.valueOf(officer.id()).equals(enquiryOfficerId)) {
			throw new InvalidInputException("officerId", "complaint.hand-over.same-officer");
		}
		enquiryOfficerId = officer.id();
		awaitingRole = null;
		move(ComplaintAction.HAND_OVER, actor, role, reason, officer.id(), now);
	}

	/**
	 * The officer holding the open enquiry left the post: the enquiry waits, with no officer, on the
	 * station's "to reassign" list, and the officer who left can no longer open it. The status does
	 * not move; the history records why.
	 */
	void releaseEnquiry(Actor actor, String reason, Instant now) {
		if (!status.actions().contains(ComplaintAction.HAND_OVER) || enquiryOfficerId == null) {
			throw illegalMove(ComplaintAction.ENQUIRY_RELEASED);
		}
		enquiryOfficerId = null;
		updatedAt = now;
		pending.add(new PendingEntry(ComplaintAction.ENQUIRY_RELEASED, status, status, actor, roleOf(actor), reason,
				null, now));
	}

	/** Whether the enquiry is open and no officer holds it: it is on the station's "to reassign" list. */
	boolean awaitsOfficer() {
		return enquiryOfficerId == null && status.actions().contains(ComplaintAction.HAND_OVER);
	}

	private void requireStationIo(Officer officer) {
		if (!officer.active() || !officer.holds(Role.IO) || placement.stationId() == null
				|| !placement.stationId().equals(officer.posting().stationId())) {
			throw new InvalidInputException("officerId", "complaint.assign.not-station-io");
		}
	}

	/** The first recorded piece of work, or the first after a return. Does nothing while enquiry is on. */
	void startEnquiry(Actor actor, Instant now) {
		if (status == ComplaintStatus.UNDER_ENQUIRY) {
			requireEnquiryOfficer(actor, ComplaintAction.START_ENQUIRY);
			return;
		}
		requireStatusAllows(ComplaintAction.START_ENQUIRY);
		requireEnquiryOfficer(actor, ComplaintAction.START_ENQUIRY);
		move(ComplaintAction.START_ENQUIRY, actor, roleForEnquiry(actor), null, now);
	}

	void submitReport(Role firstReviewer, Actor actor, String note, Instant now) {
		submitReport(ReviewChain.Route.to(firstReviewer), actor, note, now);
	}

	/** The report's own guards, moving nothing: the status allows it (409) and the caller holds the enquiry (403). */
	void checkSubmitReport(Actor actor) {
		requireStatusAllows(ComplaintAction.SUBMIT_REPORT);
		requireEnquiryOfficer(actor, ComplaintAction.SUBMIT_REPORT);
	}

	/**
	 * The enquiry officer files the report; it waits for {@code route}'s level, and each level the
	 * route passed over (one the author holds) is recorded with its reason.
	 */
	void submitReport(ReviewChain.Route route, Actor actor, String note, Instant now) {
		checkSubmitReport(actor);
		awaitingRole = route.level();
		move(ComplaintAction.SUBMIT_REPORT, actor, roleForEnquiry(actor), note, now);
		recordPassedOver(route, now);
	}

	/**
	 * The reviewer at the current level approves; {@code nextReviewer} is the next level, or null
	 * when it is the last. Answers the level the reviewer acted at.
	 */
	Role approve(Role nextReviewer, Actor actor, String note, Instant now) {
		return approve(ReviewChain.Route.to(nextReviewer), false, actor, note, now);
	}

	/**
	 * As {@link #approve(Role, Actor, String, Instant)}, forwarding to {@code next}'s level (none:
	 * disposed of) and recording the levels it passed over; {@code levelVacant}: no officer other
	 * than the report's author holds the awaited level's post for this complaint, so an officer above
	 * in the chain may act in its place.
	 */
	Role approve(ReviewChain.Route next, boolean levelVacant, Actor actor, String note, Instant now) {
		ComplaintAction action = next.level() == null ? ComplaintAction.DISPOSE : ComplaintAction.FORWARD;
		Role role = checkApprove(next, levelVacant, actor);
		awaitingRole = next.level();
		move(action, actor, role, note, now);
		recordPassedOver(next, now);
		if (action == ComplaintAction.DISPOSE) {
			move(ComplaintAction.REQUEST_FEEDBACK, Actor.system(), Role.SYSTEM, null, now);
		}
		return role;
	}

	/**
	 * The approval's own guards, moving nothing: the status allows it (409) and the caller reviews
	 * at the awaited level (403). Answers the level the caller acts at.
	 */
	Role checkApprove(ReviewChain.Route next, boolean levelVacant, Actor actor) {
		ComplaintAction action = next.level() == null ? ComplaintAction.DISPOSE : ComplaintAction.FORWARD;
		requireStatusAllows(action);
		return requireReviewer(actor, action, levelVacant);
	}

	/** Samadhan, not a person, passed the levels over: the reason names the level and why. */
	private void recordPassedOver(ReviewChain.Route route, Instant now) {
		for (ReviewChain.PassedOver passed : route.passedOver()) {
			pending.add(new PendingEntry(ComplaintAction.REVIEW_LEVEL_PASSED_OVER, status, status, Actor.system(),
					Role.SYSTEM, passed.reason(), null, now));
		}
	}

	/**
	 * The complainant's word, given by the link or to the feedback desk: satisfied closes the
	 * complaint; dissatisfied (with a reason) reopens it for a supervisor to reassign, and counts
	 * against the officer whose report was approved.
	 */
	void recordFeedback(boolean satisfied, String reason, Actor actor, Instant now) {
		ComplaintAction action = satisfied ? ComplaintAction.RECORD_SATISFIED : ComplaintAction.RECORD_DISSATISFIED;
		requireStatusAllows(action);
		Role role = requireOneOf(actor, action, Role.FEEDBACK_DESK, Role.CITIZEN);
		if (!satisfied) {
			requireReason(reason);
			reopen();
		}
		move(action, actor, role, reason, now);
	}

	void closeWithoutFeedback(String reason, Actor actor, Instant now) {
		requireStatusAllows(ComplaintAction.CLOSE_WITHOUT_FEEDBACK);
		Role role = requireOneOf(actor, ComplaintAction.CLOSE_WITHOUT_FEEDBACK, Role.FEEDBACK_DESK, Role.SYSTEM);
		move(ComplaintAction.CLOSE_WITHOUT_FEEDBACK, actor, role, reason, now);
	}

	/**
	 * A supervisor gives a reopened complaint to an investigating officer of its station who has
	 * not held its enquiry before ({@code earlierOfficers}): the same officer would file the same
	 * report.
	 */
	void reassign(Officer officer, Set<Long> earlierOfficers, Actor actor, String note, Instant now) {
		requireStatusAllows(ComplaintAction.REASSIGN);
		Role role = requireOneOf(actor, ComplaintAction.REASSIGN, Role.CO, Role.ASP, Role.SP);
		requireStationIo(officer);
		if (earlierOfficers.contains(officer.id())) {
			throw new InvalidInputException("officerId", "complaint.reassign.same-officer");
		}
		enquiryOfficerId = officer.id();
		awaitingRole = null;
		returnCount = 0;
		move(ComplaintAction.REASSIGN, actor, role, note, officer.id(), now);
	}

	/** The complainant appeals against a closure made at {@code closedAt}, within {@code window}. */
	void appeal(String reason, Instant closedAt, Duration window, Actor actor, Instant now) {
		requireStatusAllows(ComplaintAction.APPEAL);
		Role role = requireOneOf(actor, ComplaintAction.APPEAL, Role.CITIZEN);
		requireReason(reason);
		if (closedAt == null || now.isAfter(closedAt.plus(window))) {
			throw new ConflictException("complaint.appeal.too-late", window.toDays());
		}
		awaitingRole = Role.ASP;
		move(ComplaintAction.APPEAL, actor, role, reason, now);
	}

	/** The ASP or SP decides an appeal: the closure stands, or the complaint is reopened. */
	void decideAppeal(boolean reopen, String reason, Actor actor, Instant now) {
		ComplaintAction action = reopen ? ComplaintAction.REOPEN_ON_APPEAL : ComplaintAction.UPHOLD_CLOSURE;
		requireStatusAllows(action);
		Role role = requireOneOf(actor, action, Role.ASP, Role.SP);
		requireReason(reason);
		awaitingRole = null;
		if (reopen) {
			reopen();
		}
		move(action, actor, role, reason, now);
	}

	/** Reopened, the complaint waits for a circle officer (or above) to choose a new officer. */
	private void reopen() {
		reopenCount++;
		awaitingRole = Role.CO;
	}

	/**
	 * The reviewer at the current level sends the report back. On the {@code movesToCircleAfter}-th
	 * return the enquiry passes to {@code circleOfficer}, unless it already lies with a CO.
	 */
	Role returnForEnquiry(String reason, int movesToCircleAfter, Officer circleOfficer, Actor actor, Instant now) {
		return returnForEnquiry(reason, movesToCircleAfter, circleOfficer, false, actor, now);
	}

	/** As above; {@code levelVacant} as for {@link #approve(Role, boolean, Actor, String, Instant)}. */
	Role returnForEnquiry(String reason, int movesToCircleAfter, Officer circleOfficer, boolean levelVacant,
			Actor actor, Instant now) {
		requireStatusAllows(ComplaintAction.RETURN_FOR_ENQUIRY);
		Role role = requireReviewer(actor, ComplaintAction.RETURN_FOR_ENQUIRY, levelVacant);
		requireReason(reason);
		returnCount++;
		awaitingRole = null;
		Long handedTo = null;
		if (returnCount == movesToCircleAfter && circleOfficer != null
				&& !Long.valueOf(circleOfficer.id()).equals(enquiryOfficerId)) {
			enquiryOfficerId = circleOfficer.id();
			handedTo = circleOfficer.id();
		}
		move(ComplaintAction.RETURN_FOR_ENQUIRY, actor, role, reason, handedTo, now);
		return role;
	}

	void proposeSpecialClosure(Role approver, Actor actor, String reason, Instant now) {
		requireStatusAllows(ComplaintAction.PROPOSE_SPECIAL_CLOSURE);
		requireEnquiryOfficer(actor, ComplaintAction.PROPOSE_SPECIAL_CLOSURE);
		requireReason(reason);
		awaitingRole = approver;
		move(ComplaintAction.PROPOSE_SPECIAL_CLOSURE, actor, roleForEnquiry(actor), reason, now);
	}

	void decideSpecialClosure(boolean approved, Actor actor, String reason, Instant now) {
		ComplaintAction action = approved ? ComplaintAction.APPROVE_SPECIAL_CLOSURE
				: ComplaintAction.REJECT_SPECIAL_CLOSURE;
		requireStatusAllows(action);
		Role role = requireReviewer(actor, action, false);
		requireReason(reason);
		awaitingRole = null;
		move(action, actor, role, reason, now);
	}

	private void move(ComplaintAction action, Actor actor, Role role, String reason, Instant now) {
		move(action, actor, role, reason, null, now);
	}

	private void move(ComplaintAction action, Actor actor, Role role, String reason, Long handedTo, Instant now) {
		ComplaintStatus from = status;
		status = status.after(action).orElseThrow(() -> illegalMove(action));
		updatedAt = now;
		pending.add(new PendingEntry(action, from, status, actor, role, reason, handedTo, now));
	}

	private void requireStatusAllows(ComplaintAction action) {
		if (status.after(action).isEmpty()) {
			throw illegalMove(action);
		}
	}

	private ConflictException illegalMove(ComplaintAction action) {
		return new IllegalMoveException(status, action);
	}

	private static Role requireOneOf(Actor actor, ComplaintAction action, Role... roles) {
		for (Role role : roles) {
			if (actor.holds(role)) {
				return role;
			}
		}
		throw new ForbiddenActionException("complaint.action.role-required", Label.of("action", action),
				Label.of("role", roles[0]));
	}

	private void requireEnquiryOfficer(Actor actor, ComplaintAction action) {
		if (enquiryOfficerId == null || !actor.is(enquiryOfficerId)) {
			throw new ForbiddenActionException("complaint.action.enquiry-officer-only", Label.of("action", action));
		}
	}

	private static Role roleForEnquiry(Actor actor) {
		return actor.holds(Role.IO) ? Role.IO : actor.holds(Role.CO) ? Role.CO : actor.roles().iterator().next();
	}

	/**
	 * Only the officer at the awaited level reviews, and never the author of the report; while no
	 * one holds that level's post, an officer above in the chain acts in its place. A reviewer whose
	 * level the report has already passed is told so as a conflict: they were beaten to it, as when
	 * two open the same report at once.
	 */
	private Role requireReviewer(Actor actor, ComplaintAction action, boolean levelVacant) {
		if (awaitingRole == null) {
			throw illegalMove(action);
		}
		if (actor.is(enquiryOfficerId)) {
			throw new ForbiddenActionException("complaint.review.author-may-not-review");
		}
		if (actor.holds(awaitingRole)) {
			return awaitingRole;
		}
		if (awaitingRole == Role.ASP && actor.holds(Role.SP)) {
			return Role.SP;
		}
		if (levelVacant && actor.roles().stream().anyMatch(role -> awaitingRole.isJuniorTo(role))) {
			return awaitingRole;
		}
		boolean reviewingReport = status == ComplaintStatus.REPORT_SUBMITTED || status == ComplaintStatus.IN_REVIEW;
		if (reviewingReport && actor.roles().stream().anyMatch(role -> role != Role.IO && role.isJuniorTo(awaitingRole))) {
			throw new ConflictException("complaint.review.level-decided", Label.of("role", awaitingRole));
		}
		throw new ForbiddenActionException("complaint.review.not-your-level", Label.of("role", awaitingRole));
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "complaint.reason.required");
		}
	}

	private static Role roleOf(Actor actor) {
		return actor.isOfficer() ? actor.roles().stream().filter(Role::isOfficerRole).findFirst().orElse(Role.OPERATOR)
				: actor.roles().iterator().next();
	}

	/**
	 * A history row not yet stored; {@code handedTo} names the officer the enquiry passes to, when
	 * the action hands it on (assignment, or a third return moving it to the CO).
	 */
	record PendingEntry(ComplaintAction action, ComplaintStatus from, ComplaintStatus to, Actor actor, Role role,
			String reason, Long handedTo, Instant at) {
	}

	List<PendingEntry> pendingHistory() {
		return List.copyOf(pending);
	}

	/** The repository stored the change under a new version, with its history. */
	void stored(int newVersion) {
		version = newVersion;
		pending.clear();
		asStored = new ComplaintStatusChanged.Before(placement, enquiryOfficerId);
	}

	/** Where it was placed and who held its enquiry as last stored; null for a complaint not stored yet. */
	ComplaintStatusChanged.Before asStored() {
		return asStored;
	}

	long id() {
		return id;
	}

	ReferenceNumber reference() {
		return reference;
	}

	ComplaintStatus status() {
		return status;
	}

	int version() {
		return version;
	}

	Channel channel() {
		return channel;
	}

	Category category() {
		return category;
	}

	Person complainant() {
		return complainant;
	}

	Person victim() {
		return victim;
	}

	String description() {
		return description;
	}

	Incident incident() {
		return incident;
	}

	Long suggestedStationId() {
		return suggestedStationId;
	}

	Placement placement() {
		return placement;
	}

	Long enquiryOfficerId() {
		return enquiryOfficerId;
	}

	Role awaitingRole() {
		return awaitingRole;
	}

	int returnCount() {
		return returnCount;
	}

	int reopenCount() {
		return reopenCount;
	}

	String outsideOffice() {
		return outsideOffice;
	}

	Long registeredBy() {
		return registeredBy;
	}

	Instant registeredAt() {
		return registeredAt;
	}

	Due due() {
		return due;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
