package org.samadhan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A complaint registered before search existed (here: one whose terms were taken away) is found by
 * its words once the start-up backfill has given it its terms, the same terms registration gives.
 */
@SamadhanTest
class SearchTermsBackfillTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SearchTermsBackfill backfill;

	@Test
	void aComplaintWithoutTermsIsFoundByItsWordsAfterTheBackfill() {
		Api api = Api.at(port);
		String word = "zqbackfill" + System.nanoTime() % 1_000_000 + "x";
		Map<String, Object> body = new LinkedHashMap<>(Story.complaint(Story.freshMobile(), "THEFT"));
		body.put("description", "मेरी बकरियाँ चोरी हो गईं " + word);
		String reference = expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference");
		String registered = terms(reference);
		jdbc.sql("delete from complaint_search_terms where complaint_id = (select id from complaint where reference = ?)")
			.param(reference)
			.update();
		assertThat(expect(api.as(Story.CELL).get("/api/complaints?q=" + word), 200).json()).isEmpty();

		assertThat(backfill.run()).isGreaterThanOrEqualTo(1);

		assertThat(terms(reference)).isEqualTo(registered);
		assertThat(expect(api.as(Story.CELL).get("/api/complaints?q=" + word), 200).json().get(0).get("reference")
			.asString()).isEqualTo(reference);
	}

	private String terms(String reference) {
		return jdbc.sql("select s.terms from complaint_search_terms s join complaint c on c.id = s.complaint_id "
				+ "where c.reference = ?").param(reference).query(String.class).single();
	}
}
