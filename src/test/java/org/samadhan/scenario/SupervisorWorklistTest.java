package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The worklist of an officer above a district (a range's DIG, the state's IGRS cell) is read as the
 * merge of each district's newest complaints, each along its own index, instead of a sort of every
 * complaint in the range or the state. Page by page it must be exactly the scope's complaints
 * newest first, as one query over all of them would give: none missing where two districts'
 * complaints interleave, none twice, and the pages joining without a gap.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
class SupervisorWorklistTest {

	@Autowired
	MovableClock clock;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRangesAndTheStatesWorklistIsEveryDistrictsComplaintsNewestFirstPageByPage() {
		Api api = Api.at(port);
		// Complaints in two districts of the Moradabad range, filed in turn a minute apart, and one
		// outside the range: later than any other test's, so that they are the newest of the database.
		clock.set(Instant.parse("2045-01-10T05:00:00Z"));
		List<String> filed = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			for (String district : List.of("RAMPUR", "MORADABAD")) {
				clock.advance(Duration.ofMinutes(1));
				Map<String, Object> body = Story.complaint(Story.freshMobile(), "THEFT");
				body.put("districtCode", district);
				filed.add(expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference"));
			}
		}
		clock.advance(Duration.ofMinutes(1));
		Map<String, Object> lucknow = Story.complaint(Story.freshMobile(), "THEFT");
		lucknow.put("districtCode", "LUCKNOW");
		String outside = expect(api.anonymous().post("/api/public/complaints", lucknow), 201).field("reference");

		List<String> range = pages(api, "dig.moradabad", 2, 4);
		assertThat(range).isEqualTo(newest("""
				select c.reference from complaint c join jurisdiction_unit d on d.id = c.district_id
				where d.range_id = (select id from jurisdiction_unit where code = 'MORADABAD_RANGE')
				order by c.registered_at desc, c.id desc limit 8"""));
		// The newest eight of the range are the ones just filed, newest first, alternating districts.
		List<String> newestFirst = new ArrayList<>(filed);
		java.util.Collections.reverse(newestFirst);
		assertThat(range).containsExactlyElementsOf(newestFirst);

		List<String> state = pages(api, "cell.up", 3, 3);
		assertThat(state).isEqualTo(newest("select reference from complaint order by registered_at desc, id desc limit 9"));
		assertThat(state).contains(outside);
	}

	/** The first {@code pages} pages of {@code size}, joined. */
	private List<String> pages(Api api, String officer, int pages, int size) {
		List<String> references = new ArrayList<>();
		for (int page = 0; page < pages; page++) {
			JsonNode body = expect(api.as(officer).get("/api/complaints?size=" + size + "&page=" + page), 200).json();
			JsonNode items = body.isArray() ? body : body.get("items");
			assertThat(items).hasSize(size);
			items.forEach(item -> references.add(item.get("reference").asString()));
		}
		return references;
	}

	private List<String> newest(String sql) {
		return jdbc.sql(sql).query(String.class).list();
	}
}
