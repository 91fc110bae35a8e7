package org.samadhan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintStatusChanged;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.DueDateShown;
import org.samadhan.deadline.ComplaintDefaulted;
import org.samadhan.deadline.ComplaintEscalated;
import org.samadhan.deadline.DeadlineNear;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.review.ReportReviewed;
import org.samadhan.review.ReviewDecision;
import org.samadhan.scrutiny.FlagCode;
import org.samadhan.scrutiny.ReportChecked;
import org.samadhan.shared.SqlTime;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code reporting_case} and {@code reporting_day} current. Every listener runs in the
 * transaction of the change it hears, so the read model commits (or rolls back) with it and never
 * lags. Listeners of other modules may run before or after these, so each reads the complaint as
 * stored ({@link Complaints#describe}) rather than assuming an order, and creates the row if the
 * registration's event has not reached it yet.
 */
@Component
class CaseProjection {

	/** How many rows one day's count of a unit is spread over. */
	private static final int DAY_SLOTS = 8;

	private final Jurisdiction jurisdiction;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ZoneId zone;

	private final TransactionTemplate savepoint;

	CaseProjection(Jurisdiction jurisdiction, JdbcClient jdbc, Clock clock,
			PlatformTransactionManager transactions) {
		this.jurisdiction = jurisdiction;
		this.jdbc = jdbc;
		this.clock = clock;
		this.zone = clock.getZone();
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** What the projection needs to know of its own row before an update. */
	private record Current(long unitId, LocalDate registeredOn, Long officerId, Long beatId) {
	}

	/**
	 * First of the move's listeners, so that the row exists (a registration creates it) before the
	 * deadline module announces the due date it sets ({@link DueDateShown}).
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(ComplaintStatusChanged event) {
		ComplaintView c = event.complaint();
		Current before = current(c);
		LocalDate today = LocalDate.ofInstant(event.at(), zone);
		long unitId = unitOf(c);
		if (unitId != before.unitId()) {
			// The registration moves with the complaint, so a station's trend counts what was marked to it.
			bump(before.unitId(), before.registeredOn(), "registered", -1);
			bump(unitId, before.registeredOn(), "registered", 1);
		}
		Long beatId = Objects.equals(c.enquiryOfficerId(), before.officerId()) ? before.beatId() : beatOf(c.enquiryOfficerId());
		// Each move (not a fact) starts a new stage clock: an escalation belongs to the stage that ran out.
		jdbc.sql("""
				update reporting_case set district_id = :district, circle_id = :circle, station_id = :station,
				       officer_id = :officer, beat_id = :beat, status = :status, pending = :pending,
				       return_count = :returns, reopen_count = :reopens, updated_at = :at%s
				where complaint_id = :id""".formatted(event.action().isFact() ? "" : ", escalation_level = 0"))
			.param("district", c.placement().districtId())
			.param("circle", c.placement().circleId())
			.param("station", c.placement().stationId())
			.param("officer", c.enquiryOfficerId())
			.param("beat", beatId)
			.param("status", c.status().name())
			.param("pending", pending(c.status()))
			.param("returns", c.returnCount())
			.param("reopens", c.reopenCount())
			.param("at", SqlTime.param(event.at()))
			.param("id", c.id())
			.update();
		ComplaintAction action = event.action();
		if (action == ComplaintAction.DISPOSE) {
			boolean inTime = c.due().dueOn() == null || !today.isAfter(c.due().dueOn());
			jdbc.sql("""
					update reporting_case set settled_on = :today, disposed = true, special_closed = false,
					       disposed_in_time = :inTime, feedback = null, feedback_on = null
					where complaint_id = :id""")
				.param("today", today)
				.param("inTime", inTime)
				.param("id", c.id())
				.update();
			bump(unitId, today, "disposed", 1);
			if (inTime) {
				bump(unitId, today, "disposed_in_time", 1);
			}
		}
		else if (action == ComplaintAction.APPROVE_SPECIAL_CLOSURE) {
			jdbc.sql("update reporting_case set settled_on = :today, special_closed = true, disposed = false, "
					+ "disposed_in_time = null where complaint_id = :id")
				.param("today", today)
				.param("id", c.id())
				.update();
		}
		else if (action == ComplaintAction.REQUEST_FEEDBACK) {
			feedback(c.id(), "PENDING", null);
		}
		else if (action == ComplaintAction.RECORD_SATISFIED) {
			feedback(c.id(), "SATISFIED", today);
		}
		else if (action == ComplaintAction.RECORD_DISSATISFIED) {
			feedback(c.id(), "DISSATISFIED", today);
		}
		else if (action == ComplaintAction.CLOSE_WITHOUT_FEEDBACK) {
			feedback(c.id(), "NO_ANSWER", today);
		}
		else if (action == ComplaintAction.REASSIGN) {
			// A fresh time limit: the new officer starts clean.
			set(c.id(), "near_default = false, defaulter = false");
		}
		if (event.to() == ComplaintStatus.REOPENED && event.from() != ComplaintStatus.REOPENED) {
			jdbc.sql("update reporting_case set reopened_on = :today where complaint_id = :id")
				.param("today", today)
				.param("id", c.id())
				.update();
		}
	}

	@EventListener
	void on(DueDateShown event) {
		jdbc.sql("update reporting_case set due_on = :due, clock_paused = :paused where complaint_id = :id")
			.param("due", event.dueOn())
			.param("paused", event.paused())
			.param("id", event.complaintId())
			.update();
	}

	@EventListener
	void on(DeadlineNear event) {
		set(event.complaintId(), "near_default = true");
	}

	@EventListener
	void on(ComplaintDefaulted event) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		jdbc.sql("update reporting_case set defaulter = true, defaulted_on = :today where complaint_id = :id")
			.param("today", today)
			.param("id", event.complaintId())
			.update();
		row(event.complaintId()).ifPresent(current -> bump(current.unitId(), today, "defaulted", 1));
	}

	@EventListener
	void on(ComplaintEscalated event) {
		jdbc.sql("update reporting_case set escalation_level = :level, escalated_on = :today where complaint_id = :id")
			.param("level", event.escalation())
			.param("today", LocalDate.ofInstant(clock.instant(), zone))
			.param("id", event.complaintId())
			.update();
	}

	@EventListener
	void on(ReportChecked event) {
		boolean contactOk = !event.flags().contains(FlagCode.CONTACT_AFTER_REPORT)
				&& !event.flags().contains(FlagCode.NO_REACHING_CONTACT);
		boolean visitOk = !event.flags().contains(FlagCode.VISIT_FAR_FROM_INCIDENT)
				&& !event.flags().contains(FlagCode.PHOTO_DISAGREES) && !event.flags().contains(FlagCode.PHOTO_REUSED)
				&& !event.flags().contains(FlagCode.IMPOSSIBLE_TIMELINE);
		jdbc.sql("update reporting_case set flag_count = :flags, contact_ok = :contact, visit_ok = :visit "
				+ "where complaint_id = :id")
			.param("flags", event.flags().size())
			.param("contact", contactOk)
			.param("visit", visitOk)
			.param("id", event.complaintId())
			.update();
	}

	@EventListener
	void on(ReportReviewed event) {
		if (event.verdict() == ReviewDecision.Verdict.APPROVED && event.grade() != null) {
			// The latest approval's grade: the disposing level's, once the report is disposed of.
			jdbc.sql("update reporting_case set grade = :grade where complaint_id = :id")
				.param("grade", event.grade().name())
				.param("id", event.complaintId())
				.update();
		}
	}

	static boolean pending(ComplaintStatus status) {
		return !status.isSettled();
	}

	private void feedback(long id, String value, LocalDate on) {
		jdbc.sql("update reporting_case set feedback = :value, feedback_on = :on where complaint_id = :id")
			.param("value", value)
			.param("on", on)
			.param("id", id)
			.update();
	}

	private void set(long id, String assignments) {
		jdbc.sql("update reporting_case set " + assignments + " where complaint_id = :id").param("id", id).update();
	}

	/** The row as stored. */
	private Optional<Current> row(long complaintId) {
		return jdbc
			.sql("select coalesce(station_id, district_id) unit_id, registered_on, officer_id, beat_id "
					+ "from reporting_case where complaint_id = :id")
			.param("id", complaintId)
			.query((rs, n) -> new Current(rs.getLong("unit_id"), rs.getObject("registered_on", LocalDate.class),
					rs.getObject("officer_id", Long.class), rs.getObject("beat_id", Long.class)))
			.optional();
	}

	/**
	 * The row as stored, created from the complaint when it does not exist yet: at its registration
	 * (the first move), or for a complaint filed before the read model that the backfill missed.
	 */
	private Current current(ComplaintView c) {
		Optional<Current> row = row(c.id());
		if (row.isPresent()) {
			return row.get();
		}
		LocalDate registeredOn = LocalDate.ofInstant(c.registeredAt(), zone);
		Long beatId = beatOf(c.enquiryOfficerId());
		jdbc.sql("""
				insert into reporting_case (complaint_id, reference, district_id, circle_id, station_id, beat_id,
				                            officer_id, channel, category_code, status, pending, registered_at,
				                            registered_on, due_on, clock_paused, return_count, reopen_count, updated_at)
				values (:id, :reference, :district, :circle, :station, :beat, :officer, :channel, :category, :status,
				        :pending, :registeredAt, :registeredOn, :due, :paused, :returns, :reopens, :at)""")
			.param("id", c.id())
			.param("reference", c.reference())
			.param("district", c.placement().districtId())
			.param("circle", c.placement().circleId())
			.param("station", c.placement().stationId())
			.param("beat", beatId)
			.param("officer", c.enquiryOfficerId())
			.param("channel", c.channel().name())
			.param("category", c.category().code())
			.param("status", c.status().name())
			.param("pending", pending(c.status()))
			.param("registeredAt", SqlTime.param(c.registeredAt()))
			.param("registeredOn", registeredOn)
			.param("due", c.due().dueOn())
			.param("paused", c.due().paused())
			.param("returns", c.returnCount())
			.param("reopens", c.reopenCount())
			.param("at", SqlTime.param(c.updatedAt() == null ? clock.instant() : c.updatedAt()))
			.update();
		long unitId = unitOf(c);
		bump(unitId, registeredOn, "registered", 1);
		return new Current(unitId, registeredOn, c.enquiryOfficerId(), beatId);
	}

	private static long unitOf(ComplaintView c) {
		return c.placement().stationId() != null ? c.placement().stationId() : c.placement().districtId();
	}

	/** The beat or outpost of the enquiry officer's posting, if they are posted at one. */
	private Long beatOf(Long officerId) {
		if (officerId == null) {
			return null;
		}
		return jurisdiction.findOfficer(officerId)
			.map(Officer::posting)
			.filter(u -> u.kind() == UnitKind.BEAT || u.kind() == UnitKind.OUTPOST)
			.map(u -> u.id())
			.orElse(null);
	}

	/**
	 * Adds to a day's count, in one of its {@link #DAY_SLOTS} slots: every registration of a
	 * district's day adds to the same count, and one row would make them wait for each other's
	 * commits. The slot follows the thread, so requests on different threads mostly add to
	 * different rows, while one transaction (one thread) always adds to the same row of a day and
	 * never holds two slots that another could take in the other order. Most slots' rows exist,
	 * so the update comes first; a missing row is inserted under a savepoint, and if another
	 * transaction inserted it meanwhile the key refuses ours and the update is made on theirs.
	 */
	private void bump(long unitId, LocalDate day, String column, int delta) {
		int slot = (int) (Thread.currentThread().getId() % DAY_SLOTS);
		if (updateDay(unitId, day, slot, column, delta) > 0) {
			return;
		}
		try {
			savepoint.executeWithoutResult(s -> jdbc
				.sql("insert into reporting_day (unit_id, counted_on, slot, " + column + ") values (:unit, :day, :slot, :delta)")
				.param("unit", unitId)
				.param("day", day)
				.param("slot", slot)
				.param("delta", delta)
				.update());
		}
		catch (DuplicateKeyException raced) {
			updateDay(unitId, day, slot, column, delta);
		}
	}

	private int updateDay(long unitId, LocalDate day, int slot, String column, int delta) {
		return jdbc.sql("update reporting_day set " + column + " = " + column + " + :delta "
				+ "where unit_id = :unit and counted_on = :day and slot = :slot")
			.param("delta", delta)
			.param("unit", unitId)
			.param("day", day)
			.param("slot", slot)
			.update();
	}

}
