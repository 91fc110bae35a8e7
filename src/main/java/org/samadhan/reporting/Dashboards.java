package org.samadhan.reporting;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards, the lists behind their figures and the review-meeting pack, for a page
 * controller or the JSON API. Every call is scoped to the viewer's posting: a unit outside it
 * answers 404 as if it did not exist, and an officer at a beat or outpost sees only their own cases.
 * All figures come from the reporting read model.
 */
@Service
@Transactional(readOnly = true)
public class Dashboards {

	/** The default period of the quality figures: the last 30 days, today included. */
	public static final int DEFAULT_PERIOD_DAYS = 30;

	/** A longer period is refused: narrow it instead (the ranking covers whole months). */
	public static final int MAX_PERIOD_DAYS = 400;

	private final Views views;

	private final ReportingRepository repository;

	private final Jurisdiction jurisdiction;

	private final Clock clock;

	private final int packMaxRows;

	Dashboards(Views views, ReportingRepository repository, Jurisdiction jurisdiction, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${samadhan.reporting.pack-max-rows:100}") int packMaxRows) {
		this.packMaxRows = packMaxRows;
		this.views = views;
		this.repository = repository;
		this.jurisdiction = jurisdiction;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The dashboard of {@code unitId} (a district, circle or station within the posting; null: the
	 * posting itself), with the quality figures over {@code from}..{@code to} (null: the last 30 days).
	 */
	public Dashboard dashboard(Actor actor, Long unitId, LocalDate from, LocalDate to) {
		View view = views.of(actor, unitId);
		LocalDate today = today();
		LocalDate[] period = period(from, to, today);
		from = period[0];
		to = period[1];
		Long unit = view.unit() == null || view.own() ? null : view.unit().id();
		// An enquiry officer's figures name them, so that each link says whose cases it lists.
		Long officer = view.own() ? view.officerId() : null;
		// Above a district (a range, a zone, the state) the lines are its districts: a state officer
		// compares 75 districts, not 1,500 stations and 5,000 officers, each on the district's page.
		boolean several = view.aboveDistrict();

		List<ReportingRepository.PendingGroup> groups = repository.pendingGroups(view, today);
		// the daily counts of both trends, read once: the twelve months reach back further than the twelve weeks
		List<ReportingRepository.Day> days = days(view, monthlyBuckets(today).get(0)[0], today);
		long[] ages = new long[4];
		long near = 0;
		long defaulters = 0;
		long escalated = 0;
		long flaggedPending = 0;
		for (ReportingRepository.PendingGroup g : groups) {
			flaggedPending += g.flagged();
			for (int i = 0; i < 4; i++) {
				ages[i] += g.byAge()[i];
			}
			near += g.near();
			defaulters += g.defaulters();
			escalated += g.escalated();
		}
		CaseFilter pendingFilter = CaseFilter.of(CaseFilter.Kind.PENDING, unit, officer, null, null, null);
		Figure pending = Figure.of(ages[0] + ages[1] + ages[2] + ages[3], pendingFilter);

		ReportingRepository.Settled s = repository.settled(view, from, to);
		Figure disposed = figureOf(officer, s.disposed(), CaseFilter.Kind.DISPOSED, unit, from, to);
		Figure answered = figureOf(officer, s.satisfied() + s.dissatisfied(), CaseFilter.Kind.FEEDBACK_ANSWERED, unit, from, to);
		long reopened = repository.count(view, CaseFilter.of(CaseFilter.Kind.REOPENED, unit, officer, null, from, to), today);

		return new Dashboard(view.unit(), today, from, to, pending, byAge(pendingFilter, ages),
				figureOf(officer, near, CaseFilter.Kind.NEAR_DEFAULT, unit, null, null),
				figureOf(officer, defaulters, CaseFilter.Kind.DEFAULTER, unit, null, null),
				figureOf(officer, escalated, CaseFilter.Kind.ESCALATED, unit, null, null), disposed,
				Share.of(figureOf(officer, s.inTime(), CaseFilter.Kind.DISPOSED_IN_TIME, unit, from, to), disposed),
				Share.of(figureOf(officer, s.satisfied(), CaseFilter.Kind.SATISFIED, unit, from, to), answered),
				Share.of(answered, disposed), figureOf(officer, s.dissatisfied(), CaseFilter.Kind.DISSATISFIED, unit, from, to),
				figureOf(officer, s.noAnswer(), CaseFilter.Kind.NO_FEEDBACK, unit, from, to),
				figureOf(officer, reopened, CaseFilter.Kind.REOPENED, unit, from, to),
				figureOf(officer, s.returned(), CaseFilter.Kind.RETURNED, unit, from, to),
				figureOf(officer, s.specialClosed(), CaseFilter.Kind.SPECIAL_CLOSED, unit, from, to),
				figureOf(officer, s.flagged(), CaseFilter.Kind.FLAGGED, unit, from, to),
				figureOf(officer, flaggedPending, CaseFilter.Kind.FLAGGED_PENDING, unit, null, null),
				several ? lines(groups, unit, Lines.DISTRICT) : List.of(),
				view.own() || several ? List.of() : lines(groups, unit, Lines.STATION),
				several ? List.of() : lines(groups, unit, Lines.OFFICER),
				view.own() || several ? null : unplaced(groups, Lines.STATION),
				several ? null : unplaced(groups, Lines.OFFICER),
				weekly(view, unit, today, days), monthly(view, unit, today, days));
	}

	/**
	 * A page of the complaints behind a figure: exactly those its filter counts, within the posting
	 * (the filter's unit must lie within it, else 404), oldest first for pending lists and newest
	 * first for a period's.
	 */
	public CasePage cases(Actor actor, CaseFilter filter, int page, int size) {
		View view = views.of(actor, filter.unitId());
		filter = withDefaultPeriod(filter);
		LocalDate today = today();
		int pageSize = Math.min(Math.max(size, 1), 500);
		int pageNo = Math.max(0, page);
		long total = repository.count(view, filter, today);
		List<CaseLine> items = lines(repository.list(view, filter, today, pageNo * pageSize, pageSize), today);
		return new CasePage(filter, items, pageNo, pageSize, total);
	}

	/** Every complaint behind a filter, for an export (at most {@code limit}). */
	public List<CaseLine> allCases(Actor actor, CaseFilter filter, int limit) {
		View view = views.of(actor, filter.unitId());
		filter = withDefaultPeriod(filter);
		LocalDate today = today();
		return lines(repository.list(view, filter, today, 0, limit), today);
	}

	/** The review meeting's page for one station within the posting. */
	public MeetingPack meetingPack(Actor actor, long stationId) {
		Unit station = views.station(actor, stationId);
		return pack(station);
	}

	/** The meeting pack of each station of a unit within the posting (a station, a circle's, a district's). */
	public List<MeetingPack> meetingPacks(Actor actor, Long unitId) {
		View view = views.of(actor, unitId);
		if (view.own()) {
			throw new org.samadhan.shared.ForbiddenActionException("reporting.forbidden");
		}
		return views.stationsOf(view).stream().map(this::pack).toList();
	}

	private MeetingPack pack(Unit station) {
		View view = View.of(station);
		LocalDate today = today();
		long id = station.id();
		List<ReportingRepository.PendingGroup> groups = repository.pendingGroups(view, today);
		long[] ages = new long[4];
		for (ReportingRepository.PendingGroup g : groups) {
			for (int i = 0; i < 4; i++) {
				ages[i] += g.byAge()[i];
			}
		}
		CaseFilter pendingFilter = CaseFilter.of(CaseFilter.Kind.PENDING, id, null, null, null, null);
		Unit circle = station.circleId() == null ? null : jurisdiction.findUnit(station.circleId()).orElse(null);
		Figure pendingTotal = Figure.of(ages[0] + ages[1] + ages[2] + ages[3], pendingFilter);
		return new MeetingPack(UnitRef.of(station), circle == null ? null : UnitRef.of(circle), today, pendingTotal,
				byAge(pendingFilter, ages), lines(groups, id, Lines.OFFICER),
				section(view, pendingFilter.kind(CaseFilter.Kind.DEFAULTER), today),
				section(view, pendingFilter.kind(CaseFilter.Kind.NEAR_DEFAULT), today),
				section(view, pendingFilter.kind(CaseFilter.Kind.FLAGGED_PENDING), today),
				section(view, pendingFilter.kind(CaseFilter.Kind.RETURNED_PENDING), today),
				section(view, pendingFilter.kind(CaseFilter.Kind.ESCALATED), today),
				new MeetingPack.Section(pendingTotal, list(view, pendingFilter, today, packMaxRows)));
	}

	private MeetingPack.Section section(View view, CaseFilter filter, LocalDate today) {
		return new MeetingPack.Section(Figure.of(repository.count(view, filter, today), filter),
				list(view, filter, today, packMaxRows));
	}

	private List<CaseLine> list(View view, CaseFilter filter, LocalDate today, int max) {
		return lines(repository.list(view, filter, today, 0, max), today);
	}

	/** A period's list without a period covers the dashboard's default: the last 30 days. */
	private CaseFilter withDefaultPeriod(CaseFilter filter) {
		if (!filter.kind().periodic()) {
			return filter;
		}
		LocalDate[] period = period(filter.from(), filter.to(), today());
		return CaseFilter.of(filter.kind(), filter.unitId(), filter.officerId(), filter.age(), period[0], period[1]);
	}

	private LocalDate[] period(LocalDate from, LocalDate to, LocalDate today) {
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.minusDays(DEFAULT_PERIOD_DAYS - 1) : from;
		if (start.isAfter(end)) {
			throw new InvalidInputException("from", "reporting.period.backwards");
		}
		if (ChronoUnit.DAYS.between(start, end) >= MAX_PERIOD_DAYS) {
			throw new InvalidInputException("from", "reporting.period.too-long", MAX_PERIOD_DAYS);
		}
		return new LocalDate[] { start, end };
	}

	private static Figure figureOf(Long officer, long count, CaseFilter.Kind kind, Long unit, LocalDate from, LocalDate to) {
		return Figure.of(count, CaseFilter.of(kind, unit, officer, null, from, to));
	}

	private static List<Figure> byAge(CaseFilter pending, long[] ages) {
		List<Figure> figures = new ArrayList<>();
		for (CaseFilter.Age age : CaseFilter.Age.values()) {
			figures.add(Figure.of(ages[age.ordinal()], pending.withAge(age)));
		}
		return figures;
	}

	/** What a dashboard's pending lines are drawn by. */
	private enum Lines {
		DISTRICT, STATION, OFFICER
	}

	/**
	 * The pending no line {@code by} shows: by station, those still in the district office; by
	 * officer, those no officer holds yet. Null when there are none. With it the lines add up to
	 * the dashboard's pending total, which counts every pending complaint of the unit.
	 */
	private static PendingRest unplaced(List<ReportingRepository.PendingGroup> groups, Lines by) {
		long[] sum = sumsBy(groups, by).get(null);
		if (sum == null) {
			return null;
		}
		return new PendingRest(sum[0] + sum[1] + sum[2] + sum[3], List.of(sum[0], sum[1], sum[2], sum[3]), sum[4],
				sum[5], sum[6]);
	}

	/** Sums of the groups by district, station or officer; the null key holds those without one. */
	private static Map<Long, long[]> sumsBy(List<ReportingRepository.PendingGroup> groups, Lines by) {
		Map<Long, long[]> sums = new LinkedHashMap<>();
		for (ReportingRepository.PendingGroup g : groups) {
			Long key = switch (by) {
				case DISTRICT -> g.districtId();
				case STATION -> g.stationId();
				case OFFICER -> g.officerId();
			};
			long[] sum = sums.computeIfAbsent(key, k -> new long[7]);
			for (int i = 0; i < 4; i++) {
				sum[i] += g.byAge()[i];
			}
			sum[4] += g.near();
			sum[5] += g.defaulters();
			sum[6] += g.escalated();
		}
		return sums;
	}

	private static PendingLine line(UnitRef who, CaseFilter base, long[] sum) {
		return new PendingLine(who, Figure.of(sum[0] + sum[1] + sum[2] + sum[3], base), byAge(base, sum),
				Figure.of(sum[4], base.kind(CaseFilter.Kind.NEAR_DEFAULT)),
				Figure.of(sum[5], base.kind(CaseFilter.Kind.DEFAULTER)),
				Figure.of(sum[6], base.kind(CaseFilter.Kind.ESCALATED)));
	}

	/** Pending lines by district, station or officer, largest first. */
	private List<PendingLine> lines(List<ReportingRepository.PendingGroup> groups, Long unit, Lines by) {
		Map<Long, long[]> sums = sumsBy(groups, by);
		sums.remove(null);
		Map<Long, Officer> officers = by == Lines.OFFICER ? jurisdiction.findOfficers(sums.keySet()) : Map.of();
		List<PendingLine> lines = new ArrayList<>();
		for (Map.Entry<Long, long[]> e : sums.entrySet()) {
			long[] sum = e.getValue();
			UnitRef who;
			CaseFilter base;
			if (by != Lines.OFFICER) {
				who = jurisdiction.findUnit(e.getKey()).map(UnitRef::of)
					.orElse(new UnitRef(e.getKey(), by == Lines.DISTRICT ? UnitKind.DISTRICT : UnitKind.STATION, null,
							null, null));
				base = CaseFilter.of(CaseFilter.Kind.PENDING, e.getKey(), null, null, null, null);
			}
			else {
				who = officer(e.getKey(), officers.get(e.getKey()));
				base = CaseFilter.of(CaseFilter.Kind.PENDING, unit, e.getKey(), null, null, null);
			}
			lines.add(line(who, base, sum));
		}
		lines.sort(Comparator.comparingLong((PendingLine l) -> -l.pending().count())
			.thenComparing(l -> l.who().nameEn() == null ? "" : l.who().nameEn()));
		return lines;
	}

	private static UnitRef officer(long officerId, Officer officer) {
		return officer == null ? new UnitRef(officerId, null, null, null, null)
				: new UnitRef(officer.id(), null, officer.username(), officer.nameEn(), officer.nameHi());
	}

	private List<CaseLine> lines(List<ReportingRepository.Row> rows, LocalDate today) {
		Map<Long, Officer> officers = jurisdiction.findOfficers(
				rows.stream().map(ReportingRepository.Row::officerId).filter(Objects::nonNull).toList());
		Function<Long, UnitRef> officerRef = id -> id == null ? null : officer(id, officers.get(id));
		List<CaseLine> lines = new ArrayList<>(rows.size());
		for (ReportingRepository.Row r : rows) {
			long age = ChronoUnit.DAYS.between(r.registeredOn(), today);
			Long daysLeft = r.dueOn() == null || !CaseProjection.pending(r.status()) ? null
					: ChronoUnit.DAYS.between(today, r.dueOn());
			lines.add(new CaseLine(r.reference(), r.status(), r.channel(), r.categoryCode(),
					r.stationId() == null ? null : jurisdiction.findUnit(r.stationId()).map(UnitRef::of).orElse(null),
					officerRef.apply(r.officerId()), r.registeredOn(), age, CaseFilter.Age.of(age), r.dueOn(), daysLeft,
					r.nearDefault(), r.defaulter(), r.escalationLevel(), r.returns(), r.reopens(), r.flags(), r.grade(),
					r.feedback(), r.settledOn()));
		}
		return lines;
	}

	/** The last 12 weeks (Monday to Sunday), oldest first. */
	private List<TrendPoint> weekly(View view, Long unit, LocalDate today, List<ReportingRepository.Day> days) {
		LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<LocalDate[]> buckets = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			LocalDate start = thisWeek.minusWeeks(i);
			buckets.add(new LocalDate[] { start, start.plusDays(6) });
		}
		return trend(view, unit, buckets, days);
	}

	/** The last 12 months, oldest first. */
	private List<TrendPoint> monthly(View view, Long unit, LocalDate today, List<ReportingRepository.Day> days) {
		return trend(view, unit, monthlyBuckets(today), days);
	}

	private static List<LocalDate[]> monthlyBuckets(LocalDate today) {
		LocalDate thisMonth = today.withDayOfMonth(1);
		List<LocalDate[]> buckets = new ArrayList<>();
		for (int i = 11; i >= 0; i--) {
			LocalDate start = thisMonth.minusMonths(i);
			buckets.add(new LocalDate[] { start, start.with(TemporalAdjusters.lastDayOfMonth()) });
		}
		return buckets;
	}

	/** The daily counts from {@code from} on: an enquiry officer's from their own cases, a unit's from its day counts. */
	private List<ReportingRepository.Day> days(View view, LocalDate from, LocalDate today) {
		// to the end of this week's and this month's buckets, whichever is later
		LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		LocalDate monthEnd = today.with(TemporalAdjusters.lastDayOfMonth());
		LocalDate to = sunday.isAfter(monthEnd) ? sunday : monthEnd;
		return view.own() ? repository.ownDays(view.officerId(), from, to) : repository.days(unitsOf(view), from, to);
	}

	private List<TrendPoint> trend(View view, Long unit, List<LocalDate[]> buckets, List<ReportingRepository.Day> days) {
		Long officer = view.own() ? view.officerId() : null;
		List<TrendPoint> points = new ArrayList<>();
		for (LocalDate[] b : buckets) {
			long r = 0;
			long d = 0;
			long t = 0;
			long f = 0;
			for (ReportingRepository.Day day : days) {
				if (!day.day().isBefore(b[0]) && !day.day().isAfter(b[1])) {
					r += day.registered();
					d += day.disposed();
					t += day.inTime();
					f += day.defaulted();
				}
			}
			points.add(new TrendPoint(b[0], b[1],
					Figure.of(r, CaseFilter.of(CaseFilter.Kind.REGISTERED, unit, officer, null, b[0], b[1])),
					Figure.of(d, CaseFilter.of(CaseFilter.Kind.DISPOSED, unit, officer, null, b[0], b[1])),
					Figure.of(t, CaseFilter.of(CaseFilter.Kind.DISPOSED_IN_TIME, unit, officer, null, b[0], b[1])),
					Figure.of(f, CaseFilter.of(CaseFilter.Kind.DEFAULTED, unit, officer, null, b[0], b[1]))));
		}
		return points;
	}

	/**
	 * The units whose daily counts make up the view: its stations, and for a district also the
	 * district itself (complaints not yet marked to a station). Null: every unit (a state view).
	 */
	private List<Long> unitsOf(View view) {
		if (view.districtIds() == null && view.districtId() == null) {
			return null;
		}
		List<Long> units = new ArrayList<>();
		for (Unit s : views.stationsOf(view)) {
			units.add(s.id());
		}
		if (view.circleId() == null && view.stationId() == null) {
			if (view.districtId() != null) {
				units.add(view.districtId());
			}
			if (view.districtIds() != null) {
				units.addAll(view.districtIds());
			}
		}
		return units;
	}

}
