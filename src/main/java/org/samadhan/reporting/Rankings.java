package org.samadhan.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly ranking on the configured marks sheet ({@link RankingSettings}, formulas in
 * {@link RankingParameter}).
 * <p>
 * Score: the sum of the marks of the parameters that could be judged, scaled to the full sheet:
 * {@code Σ marks × (Σ all weights ÷ Σ weights judged)}, rounded to two decimals; a unit with
 * nothing to judge scores 0. Position: by score, highest first; equal scores (to two decimals)
 * share a position and the next position skips (1, 2, 2, 4); among equals the unit with more
 * disposals is listed first, then by code. Only units with something in the month (a disposal, a
 * defaulter or a reopen) are ranked.
 * <p>
 * The current month, and a past month until it is frozen, are computed live and marked
 * provisional. {@link #freeze(YearMonth)} writes a month's scores and their breakdown into the
 * snapshot tables once; from then on that month is read only from there, so changes to the data
 * (a late feedback, a reopen) never move a past month's ranking.
 */
@Service
public class Rankings {

	private static final Logger log = LoggerFactory.getLogger(Rankings.class);

	private final JdbcClient jdbc;

	private final Jurisdiction jurisdiction;

	private final RankingSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Rankings(JdbcClient jdbc, Jurisdiction jurisdiction, RankingSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.jurisdiction = jurisdiction;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The ranking of {@code level} for {@code month} (null: the current month) as the viewer may see
	 * it: districts across the state; circles, stations and beats of the viewer's district(s).
	 */
	public Ranking ranking(Actor actor, YearMonth month, RankingLevel level) {
		Set<Long> districts = visibleDistricts(actor);
		YearMonth current = YearMonth.now(clock);
		YearMonth m = month == null ? current : month;
		if (m.isAfter(current)) {
			throw new InvalidInputException("month", "reporting.ranking.future-month");
		}
		RankingLevel l = level == null ? RankingLevel.STATION : level;
		Ranking ranking = frozen(m, l).orElseGet(() -> live(m, l));
		if (l == RankingLevel.DISTRICT || districts == null) {
			return ranking;
		}
		return new Ranking(ranking.month(), ranking.level(), ranking.provisional(), ranking.frozenAt(),
				ranking.maxScore(), ranking.sheet(), ranking.scores()
					.stream()
					.filter(s -> districts.contains(s.districtId()))
					.toList());
	}

	/**
	 * What the month's sheet says when computed from today's data, frozen or not (marked
	 * provisional): for an audit of a frozen month against the data as it stands now.
	 */
	public Ranking recomputed(Actor actor, YearMonth month, RankingLevel level) {
		Set<Long> districts = visibleDistricts(actor);
		Ranking live = live(month, level);
		if (level == RankingLevel.DISTRICT || districts == null) {
			return live;
		}
		return new Ranking(live.month(), live.level(), true, null, live.maxScore(), live.sheet(),
				live.scores().stream().filter(s -> districts.contains(s.districtId())).toList());
	}

	/** One unit's score with its breakdown; 404 when the viewer may not see it or it is not ranked. */
	public Ranking.Score score(Actor actor, YearMonth month, RankingLevel level, long unitId) {
		return ranking(actor, month, level).scores()
			.stream()
			.filter(s -> s.unit().id() == unitId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("unit.not-found", unitId));
	}

	/** Whether the month's ranking of every level is frozen. */
	public boolean isFrozen(YearMonth month) {
		return jdbc.sql("select count(*) from reporting_ranking_run where ranking_month = :m")
			.param("m", month.atDay(1))
			.query(Long.class)
			.single() == RankingLevel.values().length;
	}

	/**
	 * Freezes every month that ended at least {@code freeze-after} ago and is not frozen yet,
	 * looking back a year. Safe on several instances: each (month, level) is claimed by its key.
	 *
	 * @return the months frozen now
	 */
	public List<YearMonth> freezeDue() {
		LocalDate today = LocalDate.now(clock);
		List<YearMonth> frozen = new ArrayList<>();
		for (int back = 12; back >= 1; back--) {
			YearMonth month = YearMonth.from(today).minusMonths(back);
			LocalDate due = month.plusMonths(1).atDay(1).plusDays(settings.freezeAfter().toDays());
			if (!today.isBefore(due) && !isFrozen(month) && freeze(month) > 0) {
				frozen.add(month);
			}
		}
		return frozen;
	}

	/**
	 * Computes the month's ranking of each level and stores it, each level in one transaction that
	 * first claims (month, level): a level already frozen, here or by another instance, is left as
	 * it is. Refused for the current month, which is not over.
	 *
	 * @return the number of levels frozen by this call
	 */
	public int freeze(YearMonth month) {
		if (!month.isBefore(YearMonth.now(clock))) {
			throw new InvalidInputException("month", "reporting.ranking.month-not-over");
		}
		Map<RankingLevel, List<Ranking.Score>> computed = compute(month, null);
		Instant now = clock.instant();
		int frozen = 0;
		for (RankingLevel level : RankingLevel.values()) {
			try {
				transaction.executeWithoutResult(status -> store(month, level, computed.get(level), now));
				frozen++;
			}
			catch (DuplicateKeyException alreadyFrozen) {
				log.debug("ranking of {} {} was frozen already", month, level);
			}
		}
		if (frozen > 0) {
			log.info("ranking of {} frozen ({} levels)", month, frozen);
		}
		return frozen;
	}

	private void store(YearMonth month, RankingLevel level, List<Ranking.Score> scores, Instant now) {
		LocalDate m = month.atDay(1);
		jdbc.sql("insert into reporting_ranking_run (ranking_month, ranking_level, frozen_at, max_score, settings) "
				+ "values (:m, :level, :at, :max, :settings)")
			.param("m", m)
			.param("level", level.name())
			.param("at", SqlTime.param(now))
			.param("max", settings.maxScore())
			.param("settings", settings.describe())
			.update();
		for (Ranking.Score s : scores) {
			jdbc.sql("insert into reporting_ranking_score (ranking_month, ranking_level, unit_id, place, score, settled) "
					+ "values (:m, :level, :unit, :position, :score, :disposed)")
				.param("m", m)
				.param("level", level.name())
				.param("unit", s.unit().id())
				.param("position", s.position())
				.param("score", s.score())
				.param("disposed", s.disposed())
				.update();
			for (Ranking.Part p : s.parts()) {
				jdbc.sql("""
						insert into reporting_ranking_part (ranking_month, ranking_level, unit_id, parameter, numerator, denominator,
						                                    ratio, weight, marks)
						values (:m, :level, :unit, :parameter, :num, :den, :ratio, :weight, :marks)""")
					.param("m", m)
					.param("level", level.name())
					.param("unit", s.unit().id())
					.param("parameter", p.parameter().name())
					.param("num", p.numerator())
					.param("den", p.denominator())
					.param("ratio", p.ratio())
					.param("weight", p.weight())
					.param("marks", p.marks())
					.update();
			}
		}
	}

	private Optional<Ranking> frozen(YearMonth month, RankingLevel level) {
		LocalDate m = month.atDay(1);
		record Run(Instant frozenAt, BigDecimal max, String sheet) {
		}
		Optional<Run> run = jdbc.sql("select frozen_at, max_score, settings from reporting_ranking_run "
				+ "where ranking_month = :m and ranking_level = :level")
			.param("m", m)
			.param("level", level.name())
			.query((rs, n) -> new Run(SqlTime.read(rs, "frozen_at"), rs.getBigDecimal("max_score"), rs.getString("settings")))
			.optional();
		if (run.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, List<Ranking.Part>> parts = new HashMap<>();
		jdbc.sql("select * from reporting_ranking_part where ranking_month = :m and ranking_level = :level")
			.param("m", m)
			.param("level", level.name())
			.query(rs -> {
				parts.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>())
					.add(new Ranking.Part(RankingParameter.valueOf(rs.getString("parameter")), rs.getLong("numerator"),
							rs.getLong("denominator"), rs.getBigDecimal("ratio"), rs.getBigDecimal("weight"),
							rs.getBigDecimal("marks")));
			});
		List<Ranking.Score> scores = jdbc
			.sql("select * from reporting_ranking_score where ranking_month = :m and ranking_level = :level "
					+ "order by place, settled desc, unit_id")
			.param("m", m)
			.param("level", level.name())
			.query((rs, n) -> {
				long unitId = rs.getLong("unit_id");
				List<Ranking.Part> unitParts = new ArrayList<>(parts.getOrDefault(unitId, List.of()));
				unitParts.sort(Comparator.comparing(Ranking.Part::parameter));
				Unit unit = jurisdiction.unit(unitId);
				return new Ranking.Score(UnitRef.of(unit), unit.districtId(), rs.getInt("place"),
						rs.getBigDecimal("score"), rs.getLong("settled"), unitParts);
			})
			.list();
		return Optional.of(new Ranking(month, level, false, run.get().frozenAt(), run.get().max(), run.get().sheet(), scores));
	}

	private Ranking live(YearMonth month, RankingLevel level) {
		return new Ranking(month, level, true, null, settings.maxScore(), settings.describe(),
				compute(month, level).get(level));
	}

	/** A unit's numbers for the month, summed from the read model. */
	private static final class Tally {

		long disposed, inTime, satisfied, dissatisfied, checked, contactOk, visitOk, gradeA, gradeB, gradeC, returned,
				defaulted, reopened;

		Long districtId;

		void add(Tally o) {
			disposed += o.disposed;
			inTime += o.inTime;
			satisfied += o.satisfied;
			dissatisfied += o.dissatisfied;
			checked += o.checked;
			contactOk += o.contactOk;
			visitOk += o.visitOk;
			gradeA += o.gradeA;
			gradeB += o.gradeB;
			gradeC += o.gradeC;
			returned += o.returned;
			defaulted += o.defaulted;
			reopened += o.reopened;
		}
	}

	/** The placement a tally row belongs to. */
	private record Key(long districtId, Long circleId, Long stationId, Long beatId) {
	}

	/** Scores of every level (or only {@code only}) for the month, all districts. */
	Map<RankingLevel, List<Ranking.Score>> compute(YearMonth month, RankingLevel only) {
		List<Long> districts = jurisdiction.ofKind(UnitKind.DISTRICT).stream().map(Unit::id).toList();
		Map<String, Object> p = new HashMap<>();
		p.put("districts", districts.isEmpty() ? List.of(-1L) : districts);
		p.put("first", month.atDay(1));
		p.put("last", month.atEndOfMonth());
		Map<Key, Tally> rows = new LinkedHashMap<>();
		jdbc.sql("""
				select district_id, circle_id, station_id, beat_id,
				       sum(case when disposed then 1 else 0 end) disposed,
				       sum(case when disposed and disposed_in_time then 1 else 0 end) in_time,
				       sum(case when disposed and feedback = 'SATISFIED' then 1 else 0 end) satisfied,
				       sum(case when disposed and feedback = 'DISSATISFIED' then 1 else 0 end) dissatisfied,
				       sum(case when disposed and contact_ok is not null then 1 else 0 end) checked,
				       sum(case when disposed and contact_ok then 1 else 0 end) contact_ok,
				       sum(case when disposed and visit_ok then 1 else 0 end) visit_ok,
				       sum(case when disposed and grade = 'A' then 1 else 0 end) grade_a,
				       sum(case when disposed and grade = 'B' then 1 else 0 end) grade_b,
				       sum(case when disposed and grade = 'C' then 1 else 0 end) grade_c,
				       sum(case when disposed and return_count > 0 then 1 else 0 end) returned
				from reporting_case
				where district_id in (:districts) and settled_on between :first and :last
				group by district_id, circle_id, station_id, beat_id""")
			.params(p)
			.query(rs -> {
				Tally t = tally(rows, rs);
				t.disposed += rs.getLong("disposed");
				t.inTime += rs.getLong("in_time");
				t.satisfied += rs.getLong("satisfied");
				t.dissatisfied += rs.getLong("dissatisfied");
				t.checked += rs.getLong("checked");
				t.contactOk += rs.getLong("contact_ok");
				t.visitOk += rs.getLong("visit_ok");
				t.gradeA += rs.getLong("grade_a");
				t.gradeB += rs.getLong("grade_b");
				t.gradeC += rs.getLong("grade_c");
				t.returned += rs.getLong("returned");
			});
		jdbc.sql("""
				select district_id, circle_id, station_id, beat_id, count(*) n from reporting_case
				where district_id in (:districts) and defaulted_on between :first and :last
				group by district_id, circle_id, station_id, beat_id""")
			.params(p)
			.query(rs -> {
				tally(rows, rs).defaulted += rs.getLong("n");
			});
		jdbc.sql("""
				select district_id, circle_id, station_id, beat_id, count(*) n from reporting_case
				where district_id in (:districts) and reopened_on between :first and :last
				group by district_id, circle_id, station_id, beat_id""")
			.params(p)
			.query(rs -> {
				tally(rows, rs).reopened += rs.getLong("n");
			});

		Map<RankingLevel, List<Ranking.Score>> result = new EnumMap<>(RankingLevel.class);
		for (RankingLevel level : RankingLevel.values()) {
			if (only != null && level != only) {
				continue;
			}
			Map<Long, Tally> byUnit = new LinkedHashMap<>();
			rows.forEach((key, t) -> {
				Long unit = switch (level) {
					case DISTRICT -> key.districtId();
					case CIRCLE -> key.circleId();
					case STATION -> key.stationId();
					case BEAT -> key.beatId();
				};
				if (unit != null) {
					Tally sum = byUnit.computeIfAbsent(unit, u -> new Tally());
					sum.districtId = key.districtId();
					sum.add(t);
				}
			});
			result.put(level, rank(level, byUnit));
		}
		return result;
	}

	private static Tally tally(Map<Key, Tally> rows, ResultSet rs) throws SQLException {
		Key key = new Key(rs.getLong("district_id"), rs.getObject("circle_id", Long.class),
				rs.getObject("station_id", Long.class), rs.getObject("beat_id", Long.class));
		return rows.computeIfAbsent(key, k -> new Tally());
	}

	private List<Ranking.Score> rank(RankingLevel level, Map<Long, Tally> byUnit) {
		BigDecimal max = settings.maxScore();
		record Scored(Unit unit, Tally tally, BigDecimal score, List<Ranking.Part> parts) {
		}
		List<Scored> scored = new ArrayList<>();
		byUnit.forEach((unitId, t) -> {
			Optional<Unit> unit = jurisdiction.findUnit(unitId);
			if (unit.isEmpty()) {
				return;
			}
			List<Ranking.Part> parts = new ArrayList<>();
			BigDecimal marks = BigDecimal.ZERO;
			BigDecimal judged = BigDecimal.ZERO;
			for (Map.Entry<RankingParameter, BigDecimal> e : settings.weights().entrySet()) {
				Ranking.Part part = part(e.getKey(), e.getValue(), t);
				parts.add(part);
				if (part.marks() != null) {
					marks = marks.add(part.marks());
					judged = judged.add(part.weight());
				}
			}
			BigDecimal score = judged.signum() == 0 ? BigDecimal.ZERO.setScale(2)
					: marks.multiply(max).divide(judged, 2, RoundingMode.HALF_UP);
			scored.add(new Scored(unit.get(), t, score, parts));
		});
		scored.sort(Comparator.comparing(Scored::score)
			.reversed()
			.thenComparing(s -> -s.tally().disposed)
			.thenComparing(s -> s.unit().code()));
		// Positions within the district (across the state for districts); equal scores share one.
		Map<Long, Integer> seen = new HashMap<>();
		Map<Long, BigDecimal> lastScore = new HashMap<>();
		Map<Long, Integer> lastPosition = new HashMap<>();
		List<Ranking.Score> scores = new ArrayList<>();
		for (Scored s : scored) {
			long group = level == RankingLevel.DISTRICT ? 0L : s.unit().districtId();
			int count = seen.merge(group, 1, Integer::sum);
			int position = s.score().compareTo(lastScore.getOrDefault(group, BigDecimal.valueOf(-1))) == 0
					? lastPosition.get(group) : count;
			lastScore.put(group, s.score());
			lastPosition.put(group, position);
			scores.add(new Ranking.Score(UnitRef.of(s.unit()), s.unit().districtId(), position, s.score(),
					s.tally().disposed, s.parts()));
		}
		return scores;
	}

	static Ranking.Part part(RankingParameter parameter, BigDecimal weight, Tally t) {
		long num;
		long den;
		boolean inverse = false;
		switch (parameter) {
			case DISPOSAL_IN_TIME -> {
				num = t.inTime;
				den = t.disposed;
			}
			case DEFAULTERS -> {
				num = t.defaulted;
				den = t.disposed + t.defaulted;
				inverse = true;
			}
			case SATISFACTION -> {
				num = t.satisfied;
				den = t.satisfied + t.dissatisfied;
			}
			case CONTACT_COMPLIANCE -> {
				num = t.contactOk;
				den = t.checked;
			}
			case SITE_VISIT_COMPLIANCE -> {
				num = t.visitOk;
				den = t.checked;
			}
			case REPORT_GRADES -> {
				num = 2 * t.gradeA + t.gradeB;
				den = 2 * (t.gradeA + t.gradeB + t.gradeC);
			}
			case REOPENS -> {
				num = t.reopened;
				den = t.disposed;
				inverse = true;
			}
			case RETURNS -> {
				num = t.returned;
				den = t.disposed;
				inverse = true;
			}
			case FEEDBACK_COVERAGE -> {
				num = t.satisfied + t.dissatisfied;
				den = t.disposed;
			}
			default -> throw new IllegalArgumentException(parameter.name());
		}
		if (den == 0) {
			return new Ranking.Part(parameter, num, den, null, weight, null);
		}
		BigDecimal share = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), 4, RoundingMode.HALF_UP);
		BigDecimal ratio = inverse ? BigDecimal.ONE.subtract(share).max(BigDecimal.ZERO).setScale(4) : share.min(BigDecimal.ONE);
		BigDecimal marks = weight.multiply(ratio).setScale(2, RoundingMode.HALF_UP);
		return new Ranking.Part(parameter, num, den, ratio, weight, marks);
	}

	/** Districts whose lower-level rankings the viewer may see (null: all). */
	private Set<Long> visibleDistricts(Actor actor) {
		if (!actor.isOfficer() || actor.roles().equals(Set.of(Role.ADMIN))) {
			throw new ForbiddenActionException("reporting.forbidden");
		}
		Scope scope = jurisdiction.scopeOf(actor);
		return switch (scope.level()) {
			case ALL -> null;
			case DISTRICTS -> scope.districtIds();
			default -> actor.posting() == null || actor.posting().districtId() == null ? Set.of()
					: Set.of(actor.posting().districtId());
		};
	}

}
