package org.samadhan.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samadhan.complaint.Channel;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.jurisdiction.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads of the reporting tables. Every read is narrowed by a {@link View} first; the predicates of
 * each {@link CaseFilter.Kind} are written once here, and both the dashboard's counts and the lists
 * behind them use them, so a figure and its list always agree.
 */
@Repository
class ReportingRepository {

	private final JdbcClient jdbc;

	ReportingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A where-clause and its parameters. */
	record Where(String sql, Map<String, Object> params) {
	}

	static Where where(View view, CaseFilter filter, LocalDate today) {
		Map<String, Object> p = new HashMap<>();
		List<String> and = new ArrayList<>();
		scope(view, and, p);
		if (filter.officerId() != null) {
			and.add("officer_id = :officer");
			p.put("officer", filter.officerId());
		}
		LocalDate from = filter.from();
		LocalDate to = filter.to();
		p.put("from", from);
		p.put("to", to);
		switch (filter.kind()) {
			case PENDING -> and.add("pending = true");
			case NEAR_DEFAULT -> and.add("pending = true and near_default = true and defaulter = false");
			case DEFAULTER -> and.add("pending = true and defaulter = true");
			case ESCALATED -> and.add("pending = true and escalation_level > 0");
			case FLAGGED_PENDING -> and.add("pending = true and flag_count > 0");
			case RETURNED_PENDING -> and.add("pending = true and (return_count > 0 or reopen_count > 0)");
			case REGISTERED -> and.add("registered_on between :from and :to");
			case DISPOSED -> and.add(settled() + " and disposed = true");
			case DISPOSED_IN_TIME -> and.add(settled() + " and disposed = true and disposed_in_time = true");
			case DISPOSED_LATE -> and.add(settled() + " and disposed = true and disposed_in_time = false");
			case SATISFIED -> and.add(settled() + " and disposed = true and feedback = 'SATISFIED'");
			case DISSATISFIED -> and.add(settled() + " and disposed = true and feedback = 'DISSATISFIED'");
			case FEEDBACK_ANSWERED -> and.add(settled() + " and disposed = true and feedback in ('SATISFIED', 'DISSATISFIED')");
			case NO_FEEDBACK -> and.add(settled() + " and disposed = true and feedback = 'NO_ANSWER'");
			case FLAGGED -> and.add(settled() + " and disposed = true and flag_count > 0");
			case RETURNED -> and.add(settled() + " and disposed = true and return_count > 0");
			case REOPENED -> and.add("reopened_on between :from and :to");
			case SPECIAL_CLOSED -> and.add(settled() + " and special_closed = true");
			case DEFAULTED -> and.add("defaulted_on between :from and :to");
		}
		if (filter.age() != null) {
			// Age in days = today - registered_on; bucket [min, max] days (the youngest bucket open-ended,
			// as the dashboard's sum counts it).
			if (filter.age().minDays() > 0) {
				and.add("registered_on <= :ageNewest");
				p.put("ageNewest", today.minusDays(filter.age().minDays()));
			}
			if (filter.age().maxDays() != null) {
				and.add("registered_on >= :ageOldest");
				p.put("ageOldest", today.minusDays(filter.age().maxDays()));
			}
		}
		return new Where(String.join(" and ", and), p);
	}

	private static String settled() {
		return "settled_on between :from and :to";
	}

	/**
	 * The view's rows: what its scope sees, by the one translation of a posting into SQL every module
	 * uses ({@link Scope#where}); and, where the view lies within one district, the district named
	 * again, as the read model's indexes lead with it (a circle's or a station's rows are read from
	 * their district's part of the index, not from the whole table).
	 */
	static void scope(View view, List<String> and, Map<String, Object> p) {
		and.add(view.scope().where(Scope.Columns.of("", "officer_id"), p));
		if (view.districtId() != null) {
			and.add("district_id = :viewDistrict");
			p.put("viewDistrict", view.districtId());
		}
	}

	long count(View view, CaseFilter filter, LocalDate today) {
		Where w = where(view, filter, today);
		return jdbc.sql("select count(*) from reporting_case where " + w.sql()).params(w.params()).query(Long.class).single();
	}

	/** Raw rows of a list, newest first (oldest first for pending lists, as a meeting reads them). */
	List<Row> list(View view, CaseFilter filter, LocalDate today, int offset, int limit) {
		Where w = where(view, filter, today);
		String order = filter.kind().periodic() ? "registered_at desc, complaint_id desc" : "registered_at, complaint_id";
		return jdbc.sql("select * from reporting_case where " + w.sql() + " order by " + order
				+ " limit :limit offset :offset")
			.params(w.params())
			.param("limit", limit)
			.param("offset", offset)
			.query(ReportingRepository::row)
			.list();
	}

	record Row(long complaintId, String reference, ComplaintStatus status, Channel channel, String categoryCode,
			Long stationId, Long officerId, LocalDate registeredOn, LocalDate dueOn, boolean nearDefault,
			boolean defaulter, int escalationLevel, int returns, int reopens, int flags, String grade, String feedback,
			LocalDate settledOn) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("complaint_id"), rs.getString("reference"), ComplaintStatus.valueOf(rs.getString("status")),
				Channel.valueOf(rs.getString("channel")), rs.getString("category_code"), rs.getObject("station_id", Long.class),
				rs.getObject("officer_id", Long.class), rs.getObject("registered_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getBoolean("near_default"), rs.getBoolean("defaulter"),
				rs.getInt("escalation_level"), rs.getInt("return_count"), rs.getInt("reopen_count"),
				rs.getInt("flag_count"), rs.getString("grade"), rs.getString("feedback"),
				rs.getObject("settled_on", LocalDate.class));
	}

	/** Pending complaints grouped by station and officer, by age bucket, with the near, defaulting and escalated. */
	record PendingGroup(Long districtId, Long stationId, Long officerId, long[] byAge, long near, long defaulters, long escalated,
			long flagged) {

		long total() {
			long t = 0;
			for (long a : byAge) {
				t += a;
			}
			return t;
		}
	}

	List<PendingGroup> pendingGroups(View view, LocalDate today) {
		Map<String, Object> p = new HashMap<>();
		List<String> and = new ArrayList<>();
		scope(view, and, p);
		p.put("d7", today.minusDays(7));
		p.put("d15", today.minusDays(15));
		p.put("d30", today.minusDays(30));
		return jdbc.sql("""
				select district_id, station_id, officer_id,
				       count(*) filter (where registered_on >= :d7) a0,
				       count(*) filter (where registered_on < :d7 and registered_on >= :d15) a1,
				       count(*) filter (where registered_on < :d15 and registered_on >= :d30) a2,
				       count(*) filter (where registered_on < :d30) a3,
				       count(*) filter (where near_default and not defaulter) near,
				       count(*) filter (where defaulter) def,
				       count(*) filter (where escalation_level > 0) esc,
				       count(*) filter (where flag_count > 0) flagged
				from reporting_case where\s""" + String.join(" and ", and)
				+ " and pending = true group by district_id, station_id, officer_id")
			.params(p)
			.query((rs, n) -> new PendingGroup(rs.getObject("district_id", Long.class),
					rs.getObject("station_id", Long.class),
					rs.getObject("officer_id", Long.class),
					new long[] { rs.getLong("a0"), rs.getLong("a1"), rs.getLong("a2"), rs.getLong("a3") },
					rs.getLong("near"), rs.getLong("def"), rs.getLong("esc"), rs.getLong("flagged")))
			.list();
	}

	/** The complaints settled in a period, counted once for every quality figure. */
	record Settled(long disposed, long inTime, long satisfied, long dissatisfied, long noAnswer, long flagged,
			long returned, long specialClosed, long flaggedPending) {
	}

	Settled settled(View view, LocalDate from, LocalDate to) {
		Map<String, Object> p = new HashMap<>();
		List<String> and = new ArrayList<>();
		scope(view, and, p);
		p.put("from", from);
		p.put("to", to);
		return jdbc.sql("""
				select count(*) filter (where disposed) disposed,
				       count(*) filter (where disposed and disposed_in_time) in_time,
				       count(*) filter (where disposed and feedback = 'SATISFIED') satisfied,
				       count(*) filter (where disposed and feedback = 'DISSATISFIED') dissatisfied,
				       count(*) filter (where disposed and feedback = 'NO_ANSWER') no_answer,
				       count(*) filter (where disposed and flag_count > 0) flagged,
				       count(*) filter (where disposed and return_count > 0) returned,
				       count(*) filter (where special_closed) special
				from reporting_case where\s""" + String.join(" and ", and)
				+ " and settled_on between :from and :to")
			.params(p)
			.query((rs, n) -> new Settled(rs.getLong("disposed"), rs.getLong("in_time"), rs.getLong("satisfied"),
					rs.getLong("dissatisfied"), rs.getLong("no_answer"), rs.getLong("flagged"), rs.getLong("returned"),
					rs.getLong("special"), 0))
			.single();
	}

	/** Daily counts of the trend charts for these units, summed per day. */
	record Day(LocalDate day, long registered, long disposed, long inTime, long defaulted) {
	}

	List<Day> days(java.util.Collection<Long> unitIds, LocalDate from, LocalDate to) {
		if (unitIds != null && unitIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select counted_on, sum(registered) r, sum(disposed) d, sum(disposed_in_time) t, sum(defaulted) f "
				+ "from reporting_day where " + (unitIds == null ? "" : "unit_id in (:units) and ")
				+ "counted_on between :from and :to group by counted_on")
			.param("units", unitIds == null ? List.of(-1L) : unitIds)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Day(rs.getObject("counted_on", LocalDate.class), rs.getLong("r"), rs.getLong("d"),
					rs.getLong("t"), rs.getLong("f")))
			.list();
	}

	/** An enquiry officer's own trend, from their cases (few). */
	List<Day> ownDays(long officerId, LocalDate from, LocalDate to) {
		Map<LocalDate, long[]> byDay = new java.util.TreeMap<>();
		jdbc.sql("select registered_on, settled_on, disposed, disposed_in_time, defaulted_on from reporting_case "
				+ "where officer_id = :o and (registered_on >= :from or settled_on >= :from or defaulted_on >= :from)")
			.param("o", officerId)
			.param("from", from)
			.query(rs -> {
				add(byDay, rs.getObject("registered_on", LocalDate.class), 0, from, to);
				if (rs.getBoolean("disposed")) {
					add(byDay, rs.getObject("settled_on", LocalDate.class), 1, from, to);
					if (rs.getBoolean("disposed_in_time")) {
						add(byDay, rs.getObject("settled_on", LocalDate.class), 2, from, to);
					}
				}
				add(byDay, rs.getObject("defaulted_on", LocalDate.class), 3, from, to);
			});
		return byDay.entrySet()
			.stream()
			.map(e -> new Day(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
			.toList();
	}

	private static void add(Map<LocalDate, long[]> byDay, LocalDate day, int i, LocalDate from, LocalDate to) {
		if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
			byDay.computeIfAbsent(day, d -> new long[4])[i]++;
		}
	}
}
