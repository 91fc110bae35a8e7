package org.samadhan.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintStatusChanged;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.DueDateShown;
import org.samadhan.deadline.ComplaintDefaulted;
import org.samadhan.deadline.ComplaintEscalated;
import org.samadhan.deadline.DeadlineNear;
import org.samadhan.deadline.DeadlinesSwept;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Placement;
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

	/**
	 * Brings the complaint's row to the move, in one statement where it can: the event says where the
	 * complaint was and who held it before, so the row is not read first. A registration's first move
	 * makes the row. First of the move's listeners, so that the row exists before the deadline module
	 * announces the due date it sets ({@link DueDateShown}).
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(ComplaintStatusChanged event) {
		ComplaintView c = event.complaint();
		ComplaintStatusChanged.Before before = event.before();
		if (before == null) {
			insert(c);
			return;
		}
		LocalDate today = LocalDate.ofInstant(event.at(), zone);
		long unitId = unitOf(c);
		ComplaintAction action = event.action();
		boolean inTime = c.due().dueOn() == null || !today.isAfter(c.due().dueOn());
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("district_id", c.placement().districtId());
		values.put("circle_id", c.placement().circleId());
		values.put("station_id", c.placement().stationId());
		values.put("officer_id", c.enquiryOfficerId());
		if (!Objects.equals(before.enquiryOfficerId(), c.enquiryOfficerId())) {
			values.put("beat_id", beatOf(c.enquiryOfficerId()));
		}
		values.put("status", c.status().name());
		values.put("pending", pending(c.status()));
		values.put("return_count", c.returnCount());
		values.put("reopen_count", c.reopenCount());
		values.put("updated_at", SqlTime.param(event.at()));
		if (!action.isFact()) {
			// Each move starts a new stage clock: an escalation belongs to the stage that ran out.
			values.put("escalation_level", 0);
		}
		switch (action) {
			case DISPOSE -> {
				values.put("settled_on", today);
				values.put("disposed", true);
				values.put("special_closed", false);
				values.put("disposed_in_time", inTime);
				values.put("feedback", null);
				values.put("feedback_on", null);
			}
			case APPROVE_SPECIAL_CLOSURE -> {
				values.put("settled_on", today);
				values.put("special_closed", true);
				values.put("disposed", false);
				values.put("disposed_in_time", null);
			}
			case REQUEST_FEEDBACK -> feedback(values, "PENDING", null);
			case RECORD_SATISFIED -> feedback(values, "SATISFIED", today);
			case RECORD_DISSATISFIED -> feedback(values, "DISSATISFIED", today);
			case CLOSE_WITHOUT_FEEDBACK -> feedback(values, "NO_ANSWER", today);
			case REASSIGN -> {
				// A fresh time limit: the new officer starts clean.
				values.put("near_default", false);
				values.put("defaulter", false);
			}
			default -> {
			}
		}
		if (event.to() == ComplaintStatus.REOPENED && event.from() != ComplaintStatus.REOPENED) {
			values.put("reopened_on", today);
		}
		StringBuilder assignments = new StringBuilder();
		values.keySet().forEach(column -> assignments.append(assignments.isEmpty() ? "" : ", ")
			.append(column)
			.append(" = :")
			.append(column));
		int updated = jdbc.sql("update reporting_case set " + assignments + " where complaint_id = :complaint_id")
			.params(values)
			.param("complaint_id", c.id())
			.update();
		if (updated == 0) {
			// a complaint the read model never had (filed before it, and missed by the backfill)
			insert(c);
			return;
		}
		long unitBefore = unitOf(before.placement());
		if (unitId != unitBefore) {
			// The registration moves with the complaint, so a station's trend counts what was marked to it.
			LocalDate registeredOn = LocalDate.ofInstant(c.registeredAt(), zone);
			bump(unitBefore, registeredOn, Map.of("registered", -1));
			bump(unitId, registeredOn, Map.of("registered", 1));
		}
		if (action == ComplaintAction.DISPOSE) {
			bump(unitId, today, inTime ? Map.of("disposed", 1, "disposed_in_time", 1) : Map.of("disposed", 1));
		}
	}

	private static void feedback(Map<String, Object> values, String feedback, LocalDate on) {
		values.put("feedback", feedback);
		values.put("feedback_on", on);
	}

	@EventListener
	void on(DueDateShown event) {
		jdbc.sql("update reporting_case set due_on = :due, clock_paused = :paused where complaint_id = :id")
			.param("due", event.dueOn())
			.param("paused", event.paused())
			.param("id", event.complaintId())
			.update();
	}

	/**
	 * One sweep batch as sets: each complaint's row is changed once (a complaint can be warned or
	 * defaulted and climb levels in one batch), by one statement for each kind of change the batch
	 * holds, however many complaints share it. Every change to a row writes all of the table's
	 * indexes (the pending index covers these columns), so a second update of the same row would
	 * cost as much as the first. The defaulters are counted on the day of the unit their rows stand
	 * under, one addition per unit, units in order so that two sweeping instances never wait for
	 * each other's rows crosswise.
	 */
	@EventListener
	void on(DeadlinesSwept event) {
		LocalDate today = LocalDate.ofInstant(event.at(), zone);
		Map<Long, SweptRow> rows = new HashMap<>();
		event.warnings().forEach(w -> rows.computeIfAbsent(w.complaintId(), id -> new SweptRow()).warned = true);
		event.defaults().forEach(d -> rows.computeIfAbsent(d.complaintId(), id -> new SweptRow()).defaulted = true);
		event.escalations()
			.forEach(e -> rows.computeIfAbsent(e.complaintId(), id -> new SweptRow()).level(e.escalation()));
		Map<String, List<Long>> byChange = new TreeMap<>();
		rows.forEach((id, row) -> byChange.computeIfAbsent(row.assignments(), a -> new ArrayList<>()).add(id));
		byChange.forEach((assignments, ids) -> jdbc
			.sql("update reporting_case set " + assignments + " where complaint_id in (:ids)")
			.param("today", today)
			.param("ids", ids)
			.update());
		List<Long> defaulted = event.defaults().stream().map(ComplaintDefaulted::complaintId).toList();
		if (!defaulted.isEmpty()) {
			Map<Long, Integer> perUnit = new TreeMap<>();
			jdbc.sql("select coalesce(station_id, district_id) as unit_id, count(*) as n from reporting_case "
					+ "where complaint_id in (:ids) group by coalesce(station_id, district_id)")
				.param("ids", defaulted)
				.query((rs, i) -> perUnit.put(rs.getLong("unit_id"), rs.getInt("n")))
				.list();
			perUnit.forEach((unit, n) -> bump(unit, today, Map.of("defaulted", n)));
		}
	}

	/** What a sweep batch changes in one complaint's row. */
	private static final class SweptRow {

		boolean warned;

		boolean defaulted;

		/** The highest level the complaint climbed to in the batch, 0 if none. */
		int level;

		void level(int escalation) {
			level = Math.max(level, escalation);
		}

		/** The SET list; a level is written as a literal, from an int, so that equal changes share a statement. */
		String assignments() {
			List<String> set = new ArrayList<>();
			if (warned) {
				set.add("near_default = true");
			}
			if (defaulted) {
				set.add("defaulter = true, defaulted_on = :today");
			}
			if (level > 0) {
				set.add("escalation_level = " + level + ", escalated_on = :today");
			}
			return String.join(", ", set);
		}
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

	private void set(long id, String assignments) {
		jdbc.sql("update reporting_case set " + assignments + " where complaint_id = :id").param("id", id).update();
	}

	/** The complaint's row, made from the complaint as it stands, and its registration counted. */
	private void insert(ComplaintView c) {
		LocalDate registeredOn = LocalDate.ofInstant(c.registeredAt(), zone);
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
			.param("beat", beatOf(c.enquiryOfficerId()))
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
		bump(unitOf(c), registeredOn, Map.of("registered", 1));
	}

	private static long unitOf(ComplaintView c) {
		return unitOf(c.placement());
	}

	private static long unitOf(Placement placement) {
		return placement.stationId() != null ? placement.stationId() : placement.districtId();
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
	private void bump(long unitId, LocalDate day, Map<String, Integer> deltas) {
		int slot = (int) (Thread.currentThread().getId() % DAY_SLOTS);
		if (updateDay(unitId, day, slot, deltas) > 0) {
			return;
		}
		try {
			savepoint.executeWithoutResult(s -> jdbc
				.sql("insert into reporting_day (unit_id, counted_on, slot, " + String.join(", ", deltas.keySet())
						+ ") values (:unit, :day, :slot, "
						+ deltas.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")")
				.params(new HashMap<String, Object>(deltas))
				.param("unit", unitId)
				.param("day", day)
				.param("slot", slot)
				.update());
		}
		catch (DuplicateKeyException raced) {
			updateDay(unitId, day, slot, deltas);
		}
	}

	private int updateDay(long unitId, LocalDate day, int slot, Map<String, Integer> deltas) {
		return jdbc.sql("update reporting_day set "
				+ deltas.keySet().stream().map(c -> c + " = " + c + " + :" + c).collect(Collectors.joining(", "))
				+ " where unit_id = :unit and counted_on = :day and slot = :slot")
			.params(new HashMap<String, Object>(deltas))
			.param("unit", unitId)
			.param("day", day)
			.param("slot", slot)
			.update();
	}

}
