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
import org.samadhan.shared.PerTransaction;
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
 * lags. The events carry what the row needs; what one transaction's events change in a complaint's
 * row is written once, just before the commit, and a sweep batch's changes as sets.
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

	/** What this transaction changes in each complaint's row, written before it commits. */
	private final PerTransaction<Map<Long, Row>> changes = new PerTransaction<>(HashMap::new, this::writeAll);

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
	 * Brings the complaint's row to the move: the event says where the complaint was and who held it
	 * before, so the row is not read first. A registration's first move makes the row. What the
	 * command's events change is written once, before the commit ({@link #written}).
	 */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void on(ComplaintStatusChanged event) {
		ComplaintView c = event.complaint();
		ComplaintStatusChanged.Before before = event.before();
		Row row = row(c.id());
		row.latest = c;
		if (before == null) {
			row.registered = c;
			written(row);
			return;
		}
		LocalDate today = LocalDate.ofInstant(event.at(), zone);
		long unitId = unitOf(c);
		ComplaintAction action = event.action();
		boolean inTime = c.due().dueOn() == null || !today.isAfter(c.due().dueOn());
		Map<String, Object> values = row.set;
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
		long unitBefore = unitOf(before.placement());
		if (unitId != unitBefore) {
			// The registration moves with the complaint, so a station's trend counts what was marked to it.
			LocalDate registeredOn = LocalDate.ofInstant(c.registeredAt(), zone);
			row.count(unitBefore, registeredOn, "registered", -1);
			row.count(unitId, registeredOn, "registered", 1);
		}
		if (action == ComplaintAction.DISPOSE) {
			row.count(unitId, today, "disposed", 1);
			if (inTime) {
				row.count(unitId, today, "disposed_in_time", 1);
			}
		}
		written(row);
	}

	private static void feedback(Map<String, Object> values, String feedback, LocalDate on) {
		values.put("feedback", feedback);
		values.put("feedback_on", on);
	}

	@EventListener
	void on(DueDateShown event) {
		Row row = row(event.complaintId());
		row.set.put("due_on", event.dueOn());
		row.set.put("clock_paused", event.paused());
		written(row);
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
		Row row = row(event.complaintId());
		row.set.put("flag_count", event.flags().size());
		row.set.put("contact_ok", contactOk);
		row.set.put("visit_ok", visitOk);
		written(row);
	}

	@EventListener
	void on(ReportReviewed event) {
		if (event.verdict() == ReviewDecision.Verdict.APPROVED && event.grade() != null) {
			// The latest approval's grade: the disposing level's, once the report is disposed of.
			Row row = row(event.complaintId());
			row.set.put("grade", event.grade().name());
			written(row);
		}
	}

	static boolean pending(ComplaintStatus status) {
		return !status.isSettled();
	}

	/**
	 * What one transaction changes in one complaint's row: the events of a command (a registration
	 * and its forwarding, a move and its due date, a report and its flags, an approval and its grade)
	 * come one after another, and each would otherwise write the row again, every one of the table's
	 * indexes with it. The columns are collected and written once, before the commit, together with
	 * the day counts the moves add up to.
	 */
	private static final class Row {

		final long complaintId;

		/** The complaint as this transaction registered it, if it did: the row is inserted. */
		ComplaintView registered;

		/** The complaint as the latest move left it. */
		ComplaintView latest;

		/** The columns to set, the latest value of each. */
		final Map<String, Object> set = new LinkedHashMap<>();

		/** Additions to the day counts, by unit, day and column, counted only where the row existed. */
		final Map<Long, Map<LocalDate, Map<String, Integer>>> counts = new TreeMap<>();

		Row(long complaintId) {
			this.complaintId = complaintId;
		}

		void count(long unitId, LocalDate day, String column, int n) {
			counts.computeIfAbsent(unitId, u -> new TreeMap<>())
				.computeIfAbsent(day, d -> new TreeMap<>())
				.merge(column, n, Integer::sum);
		}
	}

	private Row row(long complaintId) {
		Map<Long, Row> rows = changes.current();
		return rows == null ? new Row(complaintId) : rows.computeIfAbsent(complaintId, Row::new);
	}

	/** Written at once outside a transaction; inside one, {@link #writeAll} writes it before the commit. */
	private void written(Row row) {
		if (changes.current() == null) {
			write(row);
		}
	}

	private void writeAll(Map<Long, Row> rows) {
		new TreeMap<>(rows).values().forEach(this::write);
	}

	private void write(Row row) {
		if (row.registered != null) {
			insert(row.registered, row.set, row.counts);
			return;
		}
		if (row.set.isEmpty()) {
			return;
		}
		StringBuilder assignments = new StringBuilder();
		row.set.keySet().forEach(column -> assignments.append(assignments.isEmpty() ? "" : ", ")
			.append(column)
			.append(" = :")
			.append(column));
		int updated = jdbc.sql("update reporting_case set " + assignments + " where complaint_id = :complaint_id")
			.params(row.set)
			.param("complaint_id", row.complaintId)
			.update();
		if (updated == 0) {
			// a complaint the read model never had (filed before it, and missed by the backfill): made
			// from the complaint as it stands, its registration counted where it stands now
			if (row.latest != null) {
				insert(row.latest, row.set, Map.of());
			}
			return;
		}
		bumpAll(row.counts);
	}

	/**
	 * The complaint's row, made from the complaint, with the columns this transaction set since, and
	 * its registration counted together with the transaction's other day counts.
	 */
	private void insert(ComplaintView c, Map<String, Object> set, Map<Long, Map<LocalDate, Map<String, Integer>>> counts) {
		LocalDate registeredOn = LocalDate.ofInstant(c.registeredAt(), zone);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("complaint_id", c.id());
		values.put("reference", c.reference());
		values.put("district_id", c.placement().districtId());
		values.put("circle_id", c.placement().circleId());
		values.put("station_id", c.placement().stationId());
		values.put("beat_id", beatOf(c.enquiryOfficerId()));
		values.put("officer_id", c.enquiryOfficerId());
		values.put("channel", c.channel().name());
		values.put("category_code", c.category().code());
		values.put("status", c.status().name());
		values.put("pending", pending(c.status()));
		values.put("registered_at", SqlTime.param(c.registeredAt()));
		values.put("registered_on", registeredOn);
		values.put("due_on", c.due().dueOn());
		values.put("clock_paused", c.due().paused());
		values.put("return_count", c.returnCount());
		values.put("reopen_count", c.reopenCount());
		values.put("updated_at", SqlTime.param(c.updatedAt() == null ? clock.instant() : c.updatedAt()));
		values.putAll(set);
		jdbc.sql("insert into reporting_case (" + String.join(", ", values.keySet()) + ") values ("
				+ values.keySet().stream().map(column -> ":" + column).collect(Collectors.joining(", ")) + ")")
			.params(values)
			.update();
		// counted where it was registered, then moved with the complaint by the counts of its moves
		Row counted = new Row(c.id());
		counted.count(unitOf(c), registeredOn, "registered", 1);
		counts.forEach((unit, days) -> days
			.forEach((day, columns) -> columns.forEach((column, n) -> counted.count(unit, day, column, n))));
		bumpAll(counted.counts);
	}

	/** The day counts, units and days in order, each row's columns in one addition; what adds up to nothing is left out. */
	private void bumpAll(Map<Long, Map<LocalDate, Map<String, Integer>>> counts) {
		counts.forEach((unit, days) -> days.forEach((day, columns) -> {
			Map<String, Integer> deltas = new TreeMap<>(columns);
			deltas.values().removeIf(n -> n == 0);
			if (!deltas.isEmpty()) {
				bump(unit, day, deltas);
			}
		}));
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
