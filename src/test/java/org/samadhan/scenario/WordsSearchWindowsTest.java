package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * On PostgreSQL a words search looks among the scope's newest complaints first and further back
 * only while a page is not full; with windows of two and four complaints (instead of thousands)
 * every search here crosses them. Whatever the windows, the answer is the newest matches, page by
 * page, as if all were read at once. (H2 reads all at once.)
 */
@SamadhanTest
@TestPropertySource(properties = "samadhan.search.words-windows=2,4")
class WordsSearchWindowsTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWordsSearchGivesTheNewestMatchesPageByPageAcrossTheWindows() {
		Api api = Api.at(port);
		String word = "zqwindow" + System.nanoTime() % 1_000_000 + "k";
		// Complaints that do not match, just before the newest match: the first window (the
		// district's newest complaints down to the third) holds one match, not a page of two.
		for (int i = 0; i < 3; i++) {
			new Story(api).filed("THEFT");
		}
		List<String> newestFirst = new ArrayList<>();
		for (int daysAgo : new int[] { 500, 200, 40, 3, 0 }) {
			Map<String, Object> body = new LinkedHashMap<>(Story.complaint(Story.freshMobile(), "THEFT"));
			body.put("description", "रात में मेरी भैंस चोरी हो गई। " + word);
			String reference = expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference");
			if (daysAgo > 0) {
				registeredDaysAgo(reference, daysAgo);
			}
			newestFirst.add(0, reference);
		}
		String q = "q=" + URLEncoder.encode("भैंसें " + word, StandardCharsets.UTF_8);
		assertThat(references(api, Story.CELL, q + "&size=100")).isEqualTo(newestFirst);
		assertThat(references(api, Story.CELL, q + "&size=2")).isEqualTo(newestFirst.subList(0, 2));
		assertThat(references(api, Story.CELL, q + "&size=2&page=1")).isEqualTo(newestFirst.subList(2, 4));
		assertThat(references(api, Story.CELL, q + "&size=2&page=2")).isEqualTo(newestFirst.subList(4, 5));
		expect(api.as(Story.CELL).post("/api/complaints/" + newestFirst.get(1) + "/mark",
				Map.of("stationCode", Story.STATION)), 200);
		assertThat(references(api, Story.SHO, q + "&size=1")).containsExactly(newestFirst.get(1));
	}

	private List<String> references(Api api, String officer, String query) {
		List<String> references = new ArrayList<>();
		expect(api.as(officer).get("/api/complaints?" + query), 200).json()
			.forEach(c -> references.add(c.get("reference").asString()));
		return references;
	}

	/** As if registered that long ago: the complaint and its search terms, which keep its registration time. */
	private void registeredDaysAgo(String reference, int days) {
		Timestamp at = Timestamp.from(LocalDate.now(ZONE).minusDays(days).atTime(10, 0).atZone(ZONE).toInstant());
		jdbc.sql("update complaint set registered_at = ? where reference = ?").params(at, reference).update();
		jdbc.sql("update complaint_search_terms set registered_at = ? "
				+ "where complaint_id = (select id from complaint where reference = ?)").params(at, reference).update();
	}
}
