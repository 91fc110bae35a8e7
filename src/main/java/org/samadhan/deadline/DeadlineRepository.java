package org.samadhan.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/**
 * The deadline module's tables. The sweep claims due clocks with {@code FOR UPDATE SKIP LOCKED}, so
 * that instances sharing the database never take the same clock at once, and writes its results in
 * JDBC batches. Escalations and notices are inserted only when absent, and their unique keys refuse
 * a second one even if two writers raced: the counts returned say which were new.
 */
@Repository
class DeadlineRepository {

	private static final String COLUMNS = """
			complaint_id, reference, district_id, circle_id, station_id, enquiry_officer_id, counting, limit_days,
			limit_seq, limit_started_on, due_on, warn_on, running, warned, defaulted, stage, stage_owner, stage_seq,
			stage_started_on, stage_due_on, escalation_level, escalated_to, paused_since, standing, next_check_at,
			updated_at""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	/**
	 * H2 applies a LIMIT before it skips locked rows, so a second instance would see an empty batch
	 * while the first holds the oldest due clocks. On H2 due clocks are therefore read without a lock
	 * first and then locked by id, skipping those another transaction holds.
	 */
	private final boolean limitBeforeSkip;

	DeadlineRepository(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource) {
		this.jdbc = jdbc;
		this.template = template;
		this.limitBeforeSkip = isH2(dataSource);
	}

	private static boolean isH2(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource,
					metaData -> metaData.getDatabaseProductName());
			return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("h2");
		}
		catch (Exception ex) {
			return false;
		}
	}

	Optional<DeadlineClock> find(long complaintId) {
		return jdbc.sql("select " + COLUMNS + " from deadline_clock where complaint_id = ?")
			.param(complaintId)
			.query(this::map)
			.optional();
	}

	Optional<DeadlineClock> findForUpdate(long complaintId) {
		return jdbc.sql("select " + COLUMNS + " from deadline_clock where complaint_id = ? for update")
			.param(complaintId)
			.query(this::map)
			.optional();
	}

	/** Up to {@code limit} clocks due at {@code now}, locked for this transaction; clocks another holds are skipped. */
	List<DeadlineClock> claimDue(Instant now, int limit) {
		if (!limitBeforeSkip) {
			return jdbc.sql("select " + COLUMNS + """
					 from deadline_clock where next_check_at <= ?
					order by next_check_at limit ? for update skip locked""")
				.params(SqlTime.param(now), limit)
				.query(this::map)
				.list();
		}
		// Page through the due clocks until a page has some that no other transaction holds.
		for (int page = 0; page < 20; page++) {
			List<Long> candidates = jdbc.sql("""
					select complaint_id from deadline_clock where next_check_at <= ?
					order by next_check_at, complaint_id limit ? offset ?""")
				.params(SqlTime.param(now), limit, (long) page * limit)
				.query(Long.class)
				.list();
			if (candidates.isEmpty()) {
				return List.of();
			}
			List<DeadlineClock> locked = jdbc.sql("select " + COLUMNS
					+ " from deadline_clock where complaint_id in (:ids) and next_check_at <= :now for update skip locked")
				.param("ids", candidates)
				.param("now", SqlTime.param(now))
				.query(this::map)
				.list();
			if (!locked.isEmpty()) {
				return locked;
			}
		}
		return List.of();
	}

	void insert(DeadlineClock c, Instant now) {
		template.update("insert into deadline_clock (" + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				insertArgs(c, now));
	}

	void update(DeadlineClock c, Instant now) {
		updateAll(List.of(c), now);
	}

	void updateAll(List<DeadlineClock> clocks, Instant now) {
		if (clocks.isEmpty()) {
			return;
		}
		List<Object[]> args = new ArrayList<>();
		for (DeadlineClock c : clocks) {
			Object[] all = insertArgs(c, now);
			Object[] row = Arrays.copyOfRange(all, 1, all.length + 1);
			row[row.length - 1] = c.complaintId;
			args.add(row);
		}
		template.batchUpdate("""
				update deadline_clock set reference = ?, district_id = ?, circle_id = ?, station_id = ?,
				    enquiry_officer_id = ?, counting = ?, limit_days = ?, limit_seq = ?, limit_started_on = ?, due_on = ?,
				    warn_on = ?, running = ?, warned = ?, defaulted = ?, stage = ?, stage_owner = ?, stage_seq = ?,
				    stage_started_on = ?, stage_due_on = ?, escalation_level = ?, escalated_to = ?, paused_since = ?,
				    standing = ?, next_check_at = ?, updated_at = ?
				where complaint_id = ?""", args);
	}

	private static Object[] insertArgs(DeadlineClock c, Instant now) {
		DeadlineClock.Standing standing = c.standing();
		return new Object[] { c.complaintId, c.reference, c.districtId, c.circleId, c.stationId, c.enquiryOfficerId,
				c.counting.name(), c.limitDays, c.limitSeq, c.limitStartedOn, c.dueOn, c.warnOn, c.running, c.warned,
				c.defaulted, c.stage == null ? null : c.stage.name(), c.stageOwner == null ? null : c.stageOwner.name(),
				c.stageSeq, c.stageStartedOn, c.stageDueOn, c.escalationLevel,
				c.escalatedTo == null ? null : c.escalatedTo.name(), SqlTime.param(c.pausedSince),
				standing == null ? null : standing.name(), SqlTime.param(c.nextCheckAt), SqlTime.param(now) };
	}

	/** Records escalations not yet recorded; answers, for each, whether it was new. */
	boolean[] insertEscalations(List<Escalation> escalations) {
		List<Object[]> args = escalations.stream()
			.map(e -> new Object[] { e.complaintId(), e.stageSeq(), e.level(), e.stage().name(), e.toRole().name(),
					e.officerId(), SqlTime.param(e.at()), e.complaintId(), e.stageSeq(), e.level() })
			.toList();
		return inserted(template.batchUpdate("""
				insert into deadline_escalation (complaint_id, stage_seq, level, stage, to_role, officer_id, escalated_at)
				select ?, ?, ?, ?, ?, ?, ? from (values (1)) one
				where not exists (select 1 from deadline_escalation where complaint_id = ? and stage_seq = ? and level = ?)""",
				args));
	}

	/** Records warnings and defaultings not yet recorded for their limit; answers which were new. */
	boolean[] insertNotices(List<Notice> notices) {
		List<Object[]> args = notices.stream()
			.map(n -> new Object[] { n.complaintId(), n.limitSeq(), n.kind().name(), n.dueOn(), SqlTime.param(n.at()),
					n.complaintId(), n.limitSeq(), n.kind().name() })
			.toList();
		return inserted(template.batchUpdate("""
				insert into deadline_notice (complaint_id, limit_seq, kind, due_on, noticed_at)
				select ?, ?, ?, ?, ? from (values (1)) one
				where not exists (select 1 from deadline_notice where complaint_id = ? and limit_seq = ? and kind = ?)""",
				args));
	}

	private static boolean[] inserted(int[] counts) {
		boolean[] result = new boolean[counts.length];
		for (int i = 0; i < counts.length; i++) {
			// A driver that cannot tell (SUCCESS_NO_INFO) ran the insert; the unique key guards it.
			result[i] = counts[i] != 0;
		}
		return result;
	}

	List<Escalation> escalations(long complaintId) {
		return jdbc.sql("""
				select complaint_id, stage_seq, level, stage, to_role, officer_id, escalated_at
				from deadline_escalation where complaint_id = ? order by stage_seq, level""")
			.param(complaintId)
			.query((rs, n) -> new Escalation(rs.getLong(1), rs.getInt(2), rs.getInt(3), Stage.valueOf(rs.getString(4)),
					Role.valueOf(rs.getString(5)), rs.getObject(6, Long.class), SqlTime.read(rs, "escalated_at")))
			.list();
	}

	// Pauses

	long insertPause(long complaintId, PauseReason reason, String note, long requestedBy, Instant at) {
		jdbc.sql("""
				insert into deadline_pause (complaint_id, reason, note, status, requested_by, requested_at)
				values (?, ?, ?, 'REQUESTED', ?, ?)""")
			.params(complaintId, reason.name(), note, requestedBy, SqlTime.param(at))
			.update();
		return jdbc.sql("select max(id) from deadline_pause where complaint_id = ?").param(complaintId)
			.query(Long.class).single();
	}

	Optional<Pause> openPause(long complaintId) {
		return jdbc.sql("select * from deadline_pause where complaint_id = ? and status in ('REQUESTED', 'ACTIVE')")
			.param(complaintId)
			.query(DeadlineRepository::pause)
			.optional();
	}

	List<Pause> pauses(long complaintId) {
		return jdbc.sql("select * from deadline_pause where complaint_id = ? order by id")
			.param(complaintId)
			.query(DeadlineRepository::pause)
			.list();
	}

	/**
	 * Decides a pause still REQUESTED; answers false if another officer decided it meanwhile (the
	 * caller read it before this transaction could lock it), so that two decisions never both stand.
	 */
	boolean decidePause(long pauseId, Pause.Status status, long decidedBy, String note, Instant at) {
		return jdbc.sql("""
				update deadline_pause set status = ?, decided_by = ?, decided_at = ?, decision_note = ?
				where id = ? and status = 'REQUESTED'""")
			.params(status.name(), decidedBy, SqlTime.param(at), note, pauseId)
			.update() == 1;
	}

	/** Ends a pause still open (REQUESTED or ACTIVE); answers false if it was ended meanwhile. */
	boolean endPause(long pauseId, Pause.Status status, Long endedBy, String note, Integer pausedDays, Instant at) {
		return jdbc.sql("""
				update deadline_pause set status = ?, ended_by = ?, ended_at = ?, end_note = ?, paused_days = ?
				where id = ? and status in ('REQUESTED', 'ACTIVE')""")
			.params(status.name(), endedBy, SqlTime.param(at), note, pausedDays, pauseId)
			.update() == 1;
	}

	private static Pause pause(ResultSet rs, int n) throws SQLException {
		return new Pause(rs.getLong("id"), PauseReason.valueOf(rs.getString("reason")), rs.getString("note"),
				Pause.Status.valueOf(rs.getString("status")), rs.getLong("requested_by"), SqlTime.read(rs, "requested_at"),
				rs.getObject("decided_by", Long.class), SqlTime.read(rs, "decided_at"), rs.getString("decision_note"),
				rs.getObject("ended_by", Long.class), SqlTime.read(rs, "ended_at"), rs.getString("end_note"),
				rs.getObject("paused_days", Integer.class));
	}

	/** Pauses waiting for a decision on complaints in a scope, oldest request first (at most {@code limit}). */
	List<PendingPause> pendingPauses(Scope scope, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scope.where(Scope.Columns.of("c", "enquiry_officer_id"), params);
		params.put("limit", limit);
		return jdbc.sql("select p.*, c.reference as complaint_reference from deadline_pause p"
				+ " join deadline_clock c on c.complaint_id = p.complaint_id where p.status = 'REQUESTED' and " + where
				+ " order by p.requested_at, p.id limit :limit")
			.params(params)
			.query((rs, n) -> new PendingPause(rs.getString("complaint_reference"), pause(rs, n)))
			.list();
	}

	/** A page of the clocks needing attention in a scope, soonest due first. */
	List<DeadlineClock> attention(Scope scope, DeadlineClock.Standing kind, int page, int size) {
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scope.where(Scope.Columns.of("", "enquiry_officer_id"), params);
		if (kind == null) {
			where += " and standing is not null";
		}
		else {
			where += " and standing = :standing";
			params.put("standing", kind.name());
		}
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return jdbc.sql("select " + COLUMNS + " from deadline_clock where " + where
				+ " order by due_on, complaint_id limit :limit offset :offset")
			.params(params)
			.query(this::map)
			.list();
	}

	private DeadlineClock map(ResultSet rs, int row) throws SQLException {
		DeadlineClock c = new DeadlineClock(rs.getLong("complaint_id"), Counting.valueOf(rs.getString("counting")));
		c.reference = rs.getString("reference");
		c.districtId = rs.getLong("district_id");
		c.circleId = rs.getObject("circle_id", Long.class);
		c.stationId = rs.getObject("station_id", Long.class);
		c.enquiryOfficerId = rs.getObject("enquiry_officer_id", Long.class);
		c.limitDays = rs.getInt("limit_days");
		c.limitSeq = rs.getInt("limit_seq");
		c.limitStartedOn = rs.getObject("limit_started_on", LocalDate.class);
		c.dueOn = rs.getObject("due_on", LocalDate.class);
		c.warnOn = rs.getObject("warn_on", LocalDate.class);
		c.running = rs.getBoolean("running");
		c.warned = rs.getBoolean("warned");
		c.defaulted = rs.getBoolean("defaulted");
		String stage = rs.getString("stage");
		c.stage = stage == null ? null : Stage.valueOf(stage);
		String owner = rs.getString("stage_owner");
		c.stageOwner = owner == null ? null : Role.valueOf(owner);
		c.stageSeq = rs.getInt("stage_seq");
		c.stageStartedOn = rs.getObject("stage_started_on", LocalDate.class);
		c.stageDueOn = rs.getObject("stage_due_on", LocalDate.class);
		c.escalationLevel = rs.getInt("escalation_level");
		String to = rs.getString("escalated_to");
		c.escalatedTo = to == null ? null : Role.valueOf(to);
		c.pausedSince = SqlTime.read(rs, "paused_since");
		c.nextCheckAt = SqlTime.read(rs, "next_check_at");
		return c;
	}
}
