package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A NUL or another control character in any text, which PostgreSQL refuses and no keyboard types,
 * is stripped on the way in: the complaint is filed, the search answers, the form is answered, never
 * a 500 or a lost complaint (issue 9, item 6).
 */
@SamadhanTest
class ControlCharactersScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port);
	}

	@Test
	void aComplaintWithControlCharactersIsFiledWithoutThem() {
		Map<String, Object> complaint = Story.complaint(Story.freshMobile(), "THEFT");
		complaint.put("description", "मेरी\u0000 बकरी\u0007 चोरी हो गई\u007F\nदो दिन पहले");
		complaint.put("complainant", Map.of("name", "सीता\u0000 देवी", "mobile", Story.freshMobile()));
		String reference = expect(api.anonymous().post("/api/public/complaints", complaint), 201).field("reference");
		String stored = jdbc.sql("select description from complaint where reference = ?").param(reference)
			.query(String.class).single();
		assertThat(stored).isEqualTo("मेरी बकरी चोरी हो गई\nदो दिन पहले");
		assertThat(expect(api.as(Story.CELL).get("/api/complaints/" + reference), 200).text()).doesNotContain("\\u0000");
	}

	@Test
	void searchesAndFormsWithControlCharactersAreAnswered() {
		expect(api.as(Story.CELL).get("/api/complaints?q=" + encode("बकरी\u0000")), 200);
		expect(api.as(Story.CELL).get("/api/complaints?mobile=" + encode("98\u00001")), 400);
		PageClient browser = new PageClient(port);
		HttpResponse<String> setup = browser.submit("/account/setup", "/account/setup",
				Map.of("username", "io.kotwali.1\u0000", "code", "1234\u00005678", "password", "x\u0000",
						"confirmation", "x"));
		assertThat(setup.statusCode()).as(setup.body()).isLessThan(500);
		assertThat(browser.get("/track?reference=" + encode("2663\u0000")).statusCode()).isLessThan(500);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
