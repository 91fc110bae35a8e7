package org.samadhan.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Fact;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the clocks with something due (a warning, a default, an escalation) through the indexed
 * {@code next_check_at}, and handles them in batches, each batch one transaction: its clocks are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so any number of instances may sweep at once and
 * none takes a clock another holds. The facts, the escalation and notice rows, the messages (through
 * the outbox, by listeners of the events published here) and the clocks' next checks are written in
 * the batch's transaction: an instance that dies mid-batch leaves the batch due, for the next sweep
 * of any instance. The unique keys on escalations and notices make a second one impossible even so.
 */
@Component
public class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	/** A bound on one run, against a clock whose next check a bug would leave in the past. */
	private static final int MAX_BATCHES = 20_000;

	private final DeadlineRepository repository;

	private final Complaints complaints;

	private final Holidays holidays;

	private final DeadlineSettings settings;

	private final ChainOfCommand chain;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineSweep(DeadlineRepository repository, Complaints complaints, Holidays holidays, DeadlineSettings settings,
			ChainOfCommand chain, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
			Clock clock) {
		this.repository = repository;
		this.complaints = complaints;
		this.holidays = holidays;
		this.settings = settings;
		this.chain = chain;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Handles everything due now, batch by batch, until nothing due is left unclaimed. With
	 * {@code samadhan.deadline.sweep.workers} above one, that many threads take batches side by
	 * side (each batch its own transaction, its clocks locked from the others), so that one batch's
	 * work in the application overlaps another's in the database.
	 */
	public SweepReport sweep() {
		long started = System.nanoTime();
		Instant now = clock.instant();
		int workers = settings.getSweep().getWorkers();
		AtomicInteger threads = new AtomicInteger();
		ExecutorService pool = workers == 1 ? null : Executors.newFixedThreadPool(workers - 1, r -> {
			Thread t = new Thread(r, "deadline-sweep-worker-" + threads.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		SweepReport total;
		try {
			List<Future<SweepReport>> others = new ArrayList<>();
			for (int i = 1; i < workers; i++) {
				others.add(pool.submit(() -> worker(now)));
			}
			total = worker(now);
			for (Future<SweepReport> other : others) {
				total = total.plus(result(other));
			}
		}
		finally {
			// A worker still running after this one failed finishes its batches: each stands alone.
			if (pool != null) {
				pool.shutdown();
			}
		}
		total = total.took((System.nanoTime() - started) / 1_000_000);
		if (total.claimed() > 0) {
			log.info("deadline sweep: {}", total);
		}
		return total;
	}

	private static SweepReport result(Future<SweepReport> worker) {
		try {
			return worker.get();
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("deadline sweep interrupted", e);
		}
	}

	/** One worker's share: batches until a claim finds nothing left that another does not hold. */
	private SweepReport worker(Instant now) {
		ChainOfCommand.Lookup officers = chain.lookup();
		SweepReport total = SweepReport.NONE;
		for (int i = 0; i < MAX_BATCHES; i++) {
			SweepReport batch = transactions.execute(status -> batch(now, officers));
			if (batch.claimed() == 0) {
				break;
			}
			total = total.plus(batch);
		}
		return total;
	}

	private SweepReport batch(Instant now, ChainOfCommand.Lookup officers) {
		long t0 = System.nanoTime();
		List<DeadlineClock> clocks = repository.claimDue(now, settings.getSweep().getBatchSize());
		long t1 = System.nanoTime();
		if (clocks.isEmpty()) {
			return SweepReport.NONE;
		}
		ZoneId zone = clock.getZone();
		WorkingCalendar calendar = holidays.calendar();
		int interval = settings.getEscalationInterval();
		List<Notice> notices = new ArrayList<>();
		List<DeadlineClock> noticeClocks = new ArrayList<>();
		List<Escalation> escalations = new ArrayList<>();
		List<DeadlineClock> escalationClocks = new ArrayList<>();
		for (DeadlineClock c : clocks) {
			if (c.running && !c.defaulted && c.dueOn != null) {
				if (!now.isBefore(DeadlineClock.endOf(c.dueOn, zone))) {
					// Past the limit: a warning not yet given is no longer worth giving.
					c.defaulted = true;
					c.warned = true;
					notices.add(new Notice(c.complaintId, c.limitSeq, Notice.Kind.DEFAULTED, c.dueOn, now));
					noticeClocks.add(c);
				}
				else if (!c.warned && c.warnOn != null && !now.isBefore(DeadlineClock.startOf(c.warnOn, zone))) {
					c.warned = true;
					notices.add(new Notice(c.complaintId, c.limitSeq, Notice.Kind.NEAR, c.dueOn, now));
					noticeClocks.add(c);
				}
			}
			List<Role> levels = c.stageOwner == null ? List.of() : ChainOfCommand.above(c.stageOwner);
			while (c.stage != null && c.escalationLevel < levels.size() && !now
				.isBefore(DeadlineClock.endOf(c.escalationDay(c.escalationLevel, interval, calendar), zone))) {
				Role to = levels.get(c.escalationLevel);
				Long officerId = officers.holder(to, c.districtId, c.circleId, c.stationId).map(Officer::id).orElse(null);
				c.escalationLevel++;
				c.escalatedTo = to;
				escalations.add(new Escalation(c.complaintId, c.stageSeq, c.escalationLevel, c.stage, to, officerId, now));
				escalationClocks.add(c);
			}
			Instant next = c.nextCheck(interval, calendar, zone);
			if (next != null && !next.isAfter(now)) {
				log.warn("deadline clock of complaint {} stays due after the sweep; checked again in an hour", c.complaintId);
				next = now.plusSeconds(3600);
			}
			c.nextCheckAt = next;
		}

		long t2 = System.nanoTime();
		List<Fact> facts = new ArrayList<>();
		List<DeadlineNear> warned = new ArrayList<>();
		List<ComplaintDefaulted> defaulted = new ArrayList<>();
		List<ComplaintEscalated> escalatedTo = new ArrayList<>();
		boolean[] newNotices = repository.insertNotices(notices);
		for (int i = 0; i < notices.size(); i++) {
			if (!newNotices[i]) {
				continue;
			}
			Notice n = notices.get(i);
			DeadlineClock c = noticeClocks.get(i);
			List<Recipient> recipients = new ArrayList<>();
			officers.officer(c.enquiryOfficerId).map(DeadlineSweep::recipient).ifPresent(recipients::add);
			officers.holder(Role.SHO, c.districtId, c.circleId, c.stationId)
				.filter(o -> !Long.valueOf(o.id()).equals(c.enquiryOfficerId))
				.map(DeadlineSweep::recipient)
				.ifPresent(recipients::add);
			if (n.kind() == Notice.Kind.NEAR) {
				facts.add(new Fact(c.complaintId, ComplaintAction.DEADLINE_NEAR,
						"Due on " + n.dueOn() + "; warned: " + names(recipients)));
				warned.add(new DeadlineNear(c.complaintId, c.reference, n.dueOn(), n.limitSeq(), recipients));
			}
			else {
				facts.add(new Fact(c.complaintId, ComplaintAction.DEFAULTED,
						"Time limit of " + c.limitDays + " days ended on " + n.dueOn() + " before disposal"));
				defaulted.add(new ComplaintDefaulted(c.complaintId, c.reference, n.dueOn(), n.limitSeq(), recipients));
			}
		}
		boolean[] newEscalations = repository.insertEscalations(escalations);
		for (int i = 0; i < escalations.size(); i++) {
			if (!newEscalations[i]) {
				continue;
			}
			Escalation e = escalations.get(i);
			DeadlineClock c = escalationClocks.get(i);
			LocalDate stageDue = c.escalationDay(e.level() - 1, interval, calendar);
			Optional<Recipient> recipient = officers.officer(e.officerId()).map(DeadlineSweep::recipient);
			facts.add(new Fact(c.complaintId, ComplaintAction.ESCALATED, e.stage() + " stage (" + c.stageOwner
					+ ") not done by " + stageDue + ": escalated to " + e.toRole() + ", "
					+ recipient.map(r -> r.name() + " (officer " + r.officerId() + ")").orElse("post vacant")));
			escalatedTo.add(new ComplaintEscalated(c.complaintId, c.reference, e.stage(), e.stageSeq(), e.level(),
					e.toRole(), stageDue, recipient.orElse(null)));
		}
		long t3 = System.nanoTime();
		complaints.recordFacts(facts, Actor.system());
		long t4 = System.nanoTime();
		DeadlinesSwept swept = new DeadlinesSwept(now, warned, defaulted, escalatedTo);
		if (!swept.isEmpty()) {
			events.publishEvent(swept);
		}
		long t5 = System.nanoTime();
		repository.updateAll(clocks, now);
		long t6 = System.nanoTime();
		log.debug("batch of {}: claim {} ms, work out {} ms, escalations and notices {} ms, facts {} ms, events {} ms, "
				+ "clocks {} ms", clocks.size(), (t1 - t0) / 1000000,
				(t2 - t1) / 1000000, (t3 - t2) / 1000000, (t4 - t3) / 1000000, (t5 - t4) / 1000000, (t6 - t5) / 1000000);
		return new SweepReport(1, clocks.size(), warned.size(), escalatedTo.size(), defaulted.size(), 0);
	}

	private static Recipient recipient(Officer officer) {
		return new Recipient(officer.id(), officer.nameEn(), officer.mobile());
	}

	private static String names(List<Recipient> recipients) {
		if (recipients.isEmpty()) {
			return "no officer posted";
		}
		return String.join(", ", recipients.stream().map(Recipient::name).toList());
	}
}
