package org.samadhan.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Due;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A complaint's time as officers read it, the supervisors' lists, and pauses. The enquiry officer
 * asks for a pause for a listed reason; an officer above them in the chain who sees the complaint
 * approves or refuses it; the enquiry officer or a supervisor ends it, and the due dates move by
 * the days it stood still. Each step is a fact in the complaint's history.
 */
@Service
@Transactional
public class Deadlines {

	private static final Set<Role> SUPERVISORS = EnumSet.of(Role.SHO, Role.CO, Role.ASP, Role.SP);

	private static final int MAX_NOTE = 2000;

	private final Complaints complaints;

	private final Enquiries enquiries;

	private final DeadlineRepository repository;

	private final Jurisdiction jurisdiction;

	private final Holidays holidays;

	private final DeadlineSettings settings;

	private final Clock clock;

	Deadlines(Complaints complaints, Enquiries enquiries, DeadlineRepository repository, Jurisdiction jurisdiction,
			Holidays holidays, DeadlineSettings settings, Clock clock) {
		this.complaints = complaints;
		this.enquiries = enquiries;
		this.repository = repository;
		this.jurisdiction = jurisdiction;
		this.holidays = holidays;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public DeadlineView view(ReferenceNumber reference, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		DeadlineClock c = repository.find(complaint.id()).orElseThrow(Deadlines::noClock);
		DeadlineClock.Standing standing = c.standing();
		return new DeadlineView(c.reference, complaint.status(), c.counting, c.limitDays, c.limitStartedOn, c.dueOn,
				c.warnOn, c.running, c.warned, c.running && c.defaulted, c.paused(), c.pausedSince, c.stage,
				c.stageOwner, c.stageStartedOn, c.stageDueOn, c.escalationLevel, c.escalatedTo,
				standing == null ? null : standing.name(), repository.escalations(c.complaintId),
				repository.pauses(c.complaintId));
	}

	/**
	 * The complaints needing attention in the caller's posting (their own, for an officer at a beat
	 * or outpost): defaulters, escalated stages and near limits, or one {@code kind} of them, soonest
	 * due first.
	 */
	@Transactional(readOnly = true)
	public List<AttentionItem> attention(Actor actor, String kind, int page, int size) {
		DeadlineClock.Standing standing = null;
		if (kind != null && !kind.isBlank()) {
			try {
				standing = DeadlineClock.Standing.valueOf(kind.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("kind", "deadline.list.kind-unknown");
			}
		}
		if (page < 0 || page > 1000 || size < 1 || size > 200) {
			throw new InvalidInputException("page", "deadline.list.page-out-of-range");
		}
		if (actor.roles().equals(Set.of(Role.ADMIN))) {
			return List.of();
		}
		return repository.attention(jurisdiction.scopeOf(actor), standing, page, size)
			.stream()
			.map(c -> new AttentionItem(c.reference, c.standing() == null ? null : c.standing().name(), c.dueOn,
					c.running && c.defaulted, c.stage, c.stageOwner, c.stageDueOn, c.escalationLevel, c.escalatedTo,
					c.paused(), c.stationId, c.enquiryOfficerId))
			.toList();
	}

	/**
	 * The pauses waiting for a decision on complaints in the caller's posting, oldest first (at most
	 * 200): a supervisor's list of requests to approve or refuse. Who may decide each is still
	 * {@link #approvePause}'s answer.
	 */
	@Transactional(readOnly = true)
	public List<PendingPause> pendingPauses(Actor actor) {
		if (!actor.isOfficer() || SUPERVISORS.stream().noneMatch(actor::holds)) {
			return List.of();
		}
		return repository.pendingPauses(jurisdiction.scopeOf(actor), 200);
	}

	/** The enquiry officer asks to stop the clock, for a listed reason, with a note. */
	public Pause requestPause(ReferenceNumber reference, String reason, String note, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		PauseReason why = reasonOf(reason);
		String text = requireNote(note);
		if (!actor.is(complaint.enquiryOfficerId())) {
			throw new ForbiddenActionException("deadline.pause.enquiry-officer-only");
		}
		DeadlineClock c = repository.findForUpdate(complaint.id()).orElseThrow(Deadlines::noClock);
		if (!c.running || complaint.status().isSettled()) {
			throw new ConflictException("deadline.pause.not-running");
		}
		if (repository.openPause(c.complaintId).isPresent()) {
			throw new ConflictException("deadline.pause.already-open");
		}
		if (why == PauseReason.COMPLAINANT_UNREACHABLE) {
			ThreeUnansweredAttempts.check(enquiries.file(reference, actor)).ifPresent(r -> {
				throw new PolicyRefusal("deadline.pause.refused", r);
			});
		}
		Instant now = now();
		long id = repository.insertPause(c.complaintId, why, text, actor.officerId(), now);
		complaints.recordFact(c.complaintId, ComplaintAction.PAUSE_REQUESTED, actor, why + ": " + text);
		return pause(c.complaintId, id);
	}

	/** An officer above the requester who sees the complaint approves the pending pause: the clock stops. */
	public Pause approvePause(ReferenceNumber reference, String note, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		String text = note == null || note.isBlank() ? null : limited(note);
		Pause pending = pending(complaint, actor);
		// The complaint's row first, as every move takes it, then the clock: the same order everywhere.
		complaints.showDue(complaint.id(), new Due(complaint.due().dueOn(), true));
		DeadlineClock c = repository.findForUpdate(complaint.id()).orElseThrow(Deadlines::noClock);
		Instant now = now();
		decide(pending, Pause.Status.ACTIVE, actor, text, now);
		c.pausedSince = now;
		c.nextCheckAt = null;
		repository.update(c, now);
		complaints.recordFact(c.complaintId, ComplaintAction.CLOCK_PAUSED, actor,
				pending.reason() + (text == null ? "" : ": " + text));
		return pause(c.complaintId, pending.id());
	}

	/** The same officer may instead refuse it, saying why. */
	public Pause refusePause(ReferenceNumber reference, String note, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		String text = requireNote(note);
		Pause pending = pending(complaint, actor);
		decide(pending, Pause.Status.REFUSED, actor, text, now());
		complaints.recordFact(complaint.id(), ComplaintAction.PAUSE_REFUSED, actor, pending.reason() + ": " + text);
		return pause(complaint.id(), pending.id());
	}

	/**
	 * The enquiry officer or a supervisor ends the pause: the limit's due date and the stage's clock
	 * move on by the days the clock stood still, counted as the limit counts them.
	 */
	public Pause endPause(ReferenceNumber reference, String note, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		String text = note == null || note.isBlank() ? null : limited(note);
		if (!actor.is(complaint.enquiryOfficerId()) && SUPERVISORS.stream().noneMatch(actor::holds)) {
			throw new ForbiddenActionException("deadline.pause.end-not-allowed");
		}
		Pause active = repository.openPause(complaint.id())
			.filter(p -> p.status() == Pause.Status.ACTIVE)
			.orElseThrow(() -> new ConflictException("deadline.pause.none-active"));
		complaints.showDue(complaint.id(), complaint.due());
		DeadlineClock c = repository.findForUpdate(complaint.id()).orElseThrow(Deadlines::noClock);
		if (!c.paused()) {
			// Ended by someone else between our read of the pause and the lock on the complaint.
			throw new ConflictException("deadline.pause.none-active");
		}
		Instant now = now();
		WorkingCalendar calendar = holidays.calendar();
		LocalDate pausedOn = LocalDate.ofInstant(c.pausedSince, clock.getZone());
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		int days = calendar.daysBetween(pausedOn, today, c.counting);
		c.resume(pausedOn, today, calendar);
		c.nextCheckAt = c.nextCheck(settings.getEscalationInterval(), calendar, clock.getZone());
		repository.update(c, now);
		if (!repository.endPause(active.id(), Pause.Status.ENDED, actor.officerId(), text, days, now)) {
			throw new ConflictException("deadline.pause.none-active");
		}
		complaints.showDue(c.complaintId, new Due(c.dueOn, false));
		complaints.recordFact(c.complaintId, ComplaintAction.CLOCK_RESUMED, actor,
				"Paused " + days + " days; due on " + c.dueOn + (text == null ? "" : ": " + text));
		return pause(c.complaintId, active.id());
	}

	/**
	 * The pending request, for an officer who may decide it: a supervisor in the chain above the
	 * requester (who never decides their own), and who sees the complaint.
	 */
	private Pause pending(ComplaintView complaint, Actor actor) {
		Pause pending = repository.openPause(complaint.id())
			.filter(p -> p.status() == Pause.Status.REQUESTED)
			.orElseThrow(() -> new ConflictException("deadline.pause.none-pending"));
		Role requester = jurisdiction.findOfficer(pending.requestedBy())
			.filter(o -> !o.holds(Role.IO) && o.holds(Role.CO))
			.map(o -> Role.CO)
			.orElse(Role.IO);
		boolean above = SUPERVISORS.stream().anyMatch(r -> actor.holds(r) && ChainOfCommand.senior(r, requester));
		if (actor.is(pending.requestedBy()) || !above) {
			throw new ForbiddenActionException("deadline.pause.supervisor-only");
		}
		return pending;
	}

	/**
	 * Records the decision on a pending pause. The pause was read before this transaction held
	 * anything: if another supervisor decided it meanwhile, this decision is refused (and its
	 * transaction, with whatever it changed, rolled back) rather than overwriting theirs.
	 */
	private void decide(Pause pending, Pause.Status status, Actor actor, String note, Instant at) {
		if (!repository.decidePause(pending.id(), status, actor.officerId(), note, at)) {
			throw new ConflictException("deadline.pause.none-pending");
		}
	}

	private Pause pause(long complaintId, long pauseId) {
		return repository.pauses(complaintId).stream().filter(p -> p.id() == pauseId).findFirst().orElseThrow();
	}

	private static PauseReason reasonOf(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "deadline.pause.reason-unknown");
		}
		try {
			return PauseReason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("reason", "deadline.pause.reason-unknown");
		}
	}

	private static String requireNote(String note) {
		if (note == null || note.isBlank()) {
			throw new InvalidInputException("note", "deadline.pause.note-required");
		}
		return limited(note);
	}

	private static String limited(String note) {
		if (note.length() > MAX_NOTE) {
			throw new InvalidInputException("note", "request.text.too-long");
		}
		return note.strip();
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static NotFoundException noClock() {
		return new NotFoundException("deadline.clock.not-found");
	}
}
