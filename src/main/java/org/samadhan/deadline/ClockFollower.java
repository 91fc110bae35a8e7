package org.samadhan.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintStatusChanged;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Due;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.PerTransaction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts, moves and stops a complaint's clocks as it moves, in the same transaction as the move:
 * the limit at registration (afresh when a reopened complaint is reassigned), a stage clock at each
 * move, and the end of the limit when the complaint is settled. An enquiry whose officer left the
 * post keeps its limit and gets the SHO's reassignment stage; handed over, the new officer's
 * enquiry stage starts. Keeps the due date the complaint shows current. The clock is read once per
 * transaction and written once, before the commit, however many moves the command makes.
 */
@Component
class ClockFollower {

	private final Complaints complaints;

	private final DeadlineRepository repository;

	private final Holidays holidays;

	private final DeadlineSettings settings;

	private final ChainOfCommand chain;

	private final ZoneId zone;

	/** This transaction's clocks by complaint, written before it commits ({@link #write}). */
	private final PerTransaction<Map<Long, Kept>> clocks = new PerTransaction<>(HashMap::new, this::writeAll);

	ClockFollower(Complaints complaints, DeadlineRepository repository, Holidays holidays, DeadlineSettings settings,
			ChainOfCommand chain, Clock clock) {
		this.complaints = complaints;
		this.repository = repository;
		this.holidays = holidays;
		this.settings = settings;
		this.chain = chain;
		this.zone = clock.getZone();
	}

	@EventListener
	void on(ComplaintStatusChanged event) {
		ComplaintView complaint = event.complaint();
		WorkingCalendar calendar = holidays.calendar();
		LocalDate today = LocalDate.ofInstant(event.at(), zone);
		Optional<DeadlineClock> existing = event.before() == null ? Optional.empty() : locked(event.complaintId());
		// What the complaint shows now: what this clock showed after the last move (the event's
		// complaint shows the due date from before its command, which an earlier move of the same
		// command may have changed)
		Due showing = existing.map(c -> new Due(event.from() == ComplaintStatus.REOPENED ? null : c.dueOn, c.paused()))
			.orElse(complaint.due());
		DeadlineClock clock = existing.orElseGet(() -> started(complaint, calendar));
		clock.reference = complaint.reference();
		clock.districtId = complaint.placement().districtId();
		clock.circleId = complaint.placement().circleId();
		clock.stationId = complaint.placement().stationId();
		clock.enquiryOfficerId = complaint.enquiryOfficerId();

		ComplaintStatus to = event.to();
		if (event.action() == ComplaintAction.REASSIGN) {
			clock.startLimit(today, settings.limitDays(complaint.channel(), complaint.category().code()),
					settings.getWarningMargin(), calendar);
		}
		if (to.isSettled() || to == ComplaintStatus.REOPENED) {
			clock.stopLimit();
		}
		if (to.isSettled() && clock.paused()) {
			clock.pausedSince = null;
		}
		if (to.isSettled() && !settledBefore(clock.complaintId)) {
			repository.openPause(clock.complaintId)
				.ifPresent(p -> repository.endPause(p.id(), Pause.Status.LAPSED, null, to.name(), null, event.at()));
		}
		if (to != ComplaintStatus.REGISTERED) {
			// The first work recorded (or the first after a return) goes on with the enquiry's clock.
			boolean sameEnquiry = event.action() == ComplaintAction.START_ENQUIRY && clock.stage == Stage.ENQUIRY;
			if (!sameEnquiry) {
				// An enquiry whose officer left waits for the SHO to hand it on: the SHO's stage, while
				// the complaint's own limit runs on.
				boolean released = event.action() == ComplaintAction.ENQUIRY_RELEASED;
				Stage next = released ? Stage.REASSIGNMENT : Stage.of(to);
				Role owner = released ? Role.SHO : ownerOf(next, complaint);
				clock.startStage(next, owner, today, next == null ? 0 : settings.stageDays(next, owner), calendar);
			}
		}
		clock.nextCheckAt = clock.nextCheck(settings.getEscalationInterval(), calendar, zone);
		write(clock, existing.isPresent(), to.isSettled(), event.at());
		Due shown = new Due(to == ComplaintStatus.REOPENED ? null : clock.dueOn, clock.paused());
		if (!shown.equals(showing)) {
			complaints.showDue(clock.complaintId, shown);
		}
	}

	/**
	 * The complaint's clock, locked: read once per transaction and kept for the command's next move
	 * (a registration forwarded at once, an approval that disposes and asks for feedback), which
	 * would otherwise read back the row this listener just wrote. A registration's first move makes
	 * the clock, so there is nothing to read.
	 */
	private Optional<DeadlineClock> locked(long complaintId) {
		Map<Long, Kept> kept = clocks.current();
		Kept clock = kept == null ? null : kept.get(complaintId);
		return clock != null ? Optional.of(clock.clock) : repository.findForUpdate(complaintId);
	}

	/**
	 * Writes the clock once per transaction, just before it commits, however many moves the command
	 * made; at once outside a transaction.
	 */
	private void write(DeadlineClock clock, boolean stored, boolean settled, Instant at) {
		Map<Long, Kept> kept = clocks.current();
		if (kept == null) {
			write(new Kept(clock, stored, settled, at));
			return;
		}
		Kept before = kept.get(clock.complaintId);
		kept.put(clock.complaintId, new Kept(clock, before == null ? stored : before.stored, settled, at));
	}

	/** Whether an earlier move of this transaction settled the complaint (and so ended its open pause already). */
	private boolean settledBefore(long complaintId) {
		Map<Long, Kept> kept = clocks.current();
		Kept before = kept == null ? null : kept.get(complaintId);
		return before != null && before.settled;
	}

	private void writeAll(Map<Long, Kept> kept) {
		new TreeMap<>(kept).values().forEach(this::write);
	}

	private void write(Kept kept) {
		if (kept.stored) {
			repository.update(kept.clock, kept.at);
		}
		else {
			repository.insert(kept.clock, kept.at);
		}
	}

	/**
	 * A clock as this transaction left it; {@code stored}: whether its row existed before the
	 * transaction; {@code settled}: whether the move it was last written for settled the complaint.
	 */
	private record Kept(DeadlineClock clock, boolean stored, boolean settled, Instant at) {
	}

	private DeadlineClock started(ComplaintView complaint, WorkingCalendar calendar) {
		DeadlineClock clock = new DeadlineClock(complaint.id(), settings.counting(complaint.channel()));
		clock.startLimit(LocalDate.ofInstant(complaint.registeredAt(), zone),
				settings.limitDays(complaint.channel(), complaint.category().code()), settings.getWarningMargin(),
				calendar);
		return clock;
	}

	/** Whose job the stage is: the level awaited, or for the enquiry its officer's rank (a CO after a third return). */
	private Role ownerOf(Stage stage, ComplaintView complaint) {
		if (stage == null) {
			return null;
		}
		switch (stage) {
			case MARKING:
				return Role.IGRS_CELL;
			case ASSIGNMENT:
				return Role.SHO;
			case ENQUIRY:
				return chain.lookup()
					.officer(complaint.enquiryOfficerId())
					.filter(o -> !o.holds(Role.IO) && o.holds(Role.CO))
					.map(o -> Role.CO)
					.orElse(Role.IO);
			default:
				return complaint.awaitingRole() == null ? Role.SP : complaint.awaitingRole();
		}
	}
}
