package org.samadhan.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.samadhan.support.SamadhanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each post sees (issue 10, item 4): the one translation of a posting into SQL
 * ({@link Scope#where}), which every module's lists use, run on the database against complaints
 * placed around the demo district, and held against the access check a single complaint gets
 * ({@link Jurisdiction#covers}): a list never shows what opening the complaint would refuse, nor
 * hides what it would show.
 */
@SamadhanTest
class WhatEachPostSeesTest {

	static final long BEAT_OFFICER = 900_001;

	static final long OUTPOST_OFFICER = 900_002;

	static final long SOMEONE_ELSE = 900_003;

	@Autowired
	Jurisdiction jurisdiction;

	@Autowired
	JdbcClient jdbc;

	/** A complaint as a module's table places it: where, and who holds its enquiry. */
	record Row(String name, Placement placement, Long officerId) {
	}

	@Test
	void eachPostSeesItsOwnPartOfTheTreeAndABeatOfficerOnlyWhatTheyHold() {
		Unit milak = unit("RAMPUR_MILAK");
		Unit kotwali = unit("RAMPUR_KOTWALI");
		Unit rampur = unit("RAMPUR");
		Unit moradabad = unit("MORADABAD");
		Unit bareilly = unit("BAREILLY");
		Unit lucknow = unit("LUCKNOW");
		List<Unit> milakChildren = jurisdiction.children(milak.id());
		Unit beat = milakChildren.stream().filter(u -> u.kind() == UnitKind.BEAT).findFirst().orElseThrow();
		Unit outpost = milakChildren.stream().filter(u -> u.kind() == UnitKind.OUTPOST).findFirst().orElseThrow();
		assertThat(milak.circleId()).isNotEqualTo(kotwali.circleId());

		List<Row> rows = List.of(new Row("at Milak, held by the beat officer", Placement.station(milak), BEAT_OFFICER),
				new Row("at Milak, held by another", Placement.station(milak), SOMEONE_ELSE),
				new Row("at Kotwali (another circle)", Placement.station(kotwali), SOMEONE_ELSE),
				new Row("in Rampur's district inbox", Placement.district(rampur), null),
				new Row("in Moradabad (same range)", Placement.district(moradabad), null),
				new Row("in Bareilly (same zone, another range)", Placement.district(bareilly), null),
				new Row("in Lucknow (outside the zone)", Placement.district(lucknow), null));

		Map<String, Set<String>> seen = new java.util.LinkedHashMap<>();
		seen.put("beat officer", sees(actor(BEAT_OFFICER, beat, Role.IO), rows));
		seen.put("outpost officer", sees(actor(OUTPOST_OFFICER, outpost, Role.IO), rows));
		seen.put("SHO of Milak", sees(actor(1L, milak, Role.SHO), rows));
		seen.put("CO of Milak's circle", sees(actor(2L, jurisdiction.unit(milak.circleId()), Role.CO), rows));
		seen.put("ASP/SP of Rampur", sees(actor(3L, rampur, Role.SP), rows));
		seen.put("DIG of Moradabad range", sees(actor(4L, jurisdiction.unit(rampur.rangeId()), Role.SUPERVISOR), rows));
		seen.put("ADG of Bareilly zone", sees(actor(5L, jurisdiction.unit(rampur.zoneId()), Role.SUPERVISOR), rows));
		seen.put("state", sees(actor(6L, jurisdiction.ofKind(UnitKind.STATE).get(0), Role.SUPERVISOR), rows));

		assertThat(seen.get("beat officer")).containsExactly("at Milak, held by the beat officer");
		assertThat(seen.get("outpost officer")).isEmpty();
		assertThat(seen.get("SHO of Milak")).containsExactlyInAnyOrder("at Milak, held by the beat officer",
				"at Milak, held by another");
		assertThat(seen.get("CO of Milak's circle")).isEqualTo(seen.get("SHO of Milak"));
		assertThat(seen.get("ASP/SP of Rampur")).containsExactlyInAnyOrder("at Milak, held by the beat officer",
				"at Milak, held by another", "at Kotwali (another circle)", "in Rampur's district inbox");
		assertThat(seen.get("DIG of Moradabad range")).containsAll(seen.get("ASP/SP of Rampur"))
			.contains("in Moradabad (same range)")
			.doesNotContain("in Bareilly (same zone, another range)", "in Lucknow (outside the zone)");
		assertThat(seen.get("ADG of Bareilly zone")).containsAll(seen.get("DIG of Moradabad range"))
			.contains("in Bareilly (same zone, another range)")
			.doesNotContain("in Lucknow (outside the zone)");
		assertThat(seen.get("state")).hasSize(rows.size());
	}

	/**
	 * The rows the actor's scope selects on the database, checked against what the single-complaint
	 * check says of each (a posting covers its place; an officer always sees what they hold).
	 */
	private Set<String> sees(Actor actor, List<Row> rows) {
		Map<String, Object> params = new HashMap<>();
		String where = jurisdiction.scopeOf(actor).where(Scope.Columns.of("r", "officer_id"), params);
		List<String> values = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			values.add("(" + i + ", " + row.placement().districtId() + ", " + row.placement().circleId() + ", "
					+ row.placement().stationId() + ", " + row.officerId() + ")");
		}
		String sql = "select r.i from (values " + String.join(", ", values)
				+ ") r(i, district_id, circle_id, station_id, officer_id) where " + where + " order by r.i";
		Set<String> selected = jdbc.sql(sql)
			.params(params)
			.query(Integer.class)
			.list()
			.stream()
			.map(i -> rows.get(i).name())
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		Set<String> checked = rows.stream()
			.filter(row -> jurisdiction.covers(actor.posting(), row.placement()) || actor.is(row.officerId()))
			.map(Row::name)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		assertThat(selected).as("the list and the single complaint's check agree for %s", actor.posting().code())
			.isEqualTo(checked);
		// The same condition cut per district (a range's, a zone's or the state's list reads each
		// district's index in turn) selects the same rows, none twice.
		Map<String, Object> eachParams = new HashMap<>();
		List<String> parts = jurisdiction.scopeOf(actor).whereEach(Scope.Columns.of("r", "officer_id"), eachParams);
		List<String> fromParts = new ArrayList<>();
		for (String part : parts) {
			jdbc.sql("select r.i from (values " + String.join(", ", values)
					+ ") r(i, district_id, circle_id, station_id, officer_id) where " + part)
				.params(eachParams)
				.query(Integer.class)
				.list()
				.forEach(i -> fromParts.add(rows.get(i).name()));
		}
		assertThat(fromParts).as("the scope of %s cut per district", actor.posting().code())
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(selected);
		return selected;
	}

	private Actor actor(long officerId, Unit posting, Role role) {
		return new Actor(officerId, "test officer", Set.of(role), posting);
	}

	private Unit unit(String code) {
		return jurisdiction.unitByCode(code).orElseThrow();
	}
}
