package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Staff;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Every reviewer level has someone. A station's SHO also holds the IO's role: he assigns a
 * complaint to himself and files the report. Nobody reviews their own report, so the SHO level is
 * passed over and the report goes to the circle officer, which the history records with its
 * reason; the CO finds it in his queue and on his review page, sends it back and later approves it,
 * and the chain goes on to the ASP as usual.
 */
@SamadhanTest
class ReviewerLevelScenarioTest {

	static final String ADMIN = "admin.rampur";

	static final String CO = Story.CO;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Story story;

	Staff staff;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
		staff = new Staff(api, jdbc);
	}

	@Test
	void aReportByAnShoWhoIsAlsoItsIoGoesPastTheShoLevelToTheCircleOfficerAndOnUpTheChain() throws Exception {
		String station = staff.station(ADMIN, "RAMPUR_CIRCLE_CITY");
		Staff.Member sho = staff.create(ADMIN, station, "SHO", "IO");
		String reference = story.filed("LAND_DISPUTE");
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);

		// The SHO gives the enquiry to himself, does the work and files the report.
		expect(api.as(sho.username()).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", sho.id(), "note", "स्वयं जाँच करूँगा")), 200);
		story.recordWork(reference, sho.username(), true);
		JsonNode filed = expect(story.submitReport(reference, sho.username()), 201).json();
		assertThat(filed).isNotNull();

		// The SHO level is passed over, and the history says so, in Hindi and English.
		JsonNode complaint = expect(api.as(CO).get("/api/complaints/" + reference), 200).json();
		assertThat(complaint.get("status").asString()).isEqualTo("REPORT_SUBMITTED");
		assertThat(complaint.get("awaitingRole").asString()).isEqualTo("CO");
		JsonNode passedOver = only(history(reference), "REVIEW_LEVEL_PASSED_OVER");
		assertThat(passedOver.get("actorRole").asString()).isEqualTo("SYSTEM");
		assertThat(passedOver.get("reason").asString()).contains("थाना प्रभारी", "क्षेत्राधिकारी",
				"station house officer (SHO)", "circle officer (CO)");
		assertThat(passedOver.get("at").asString()).isEqualTo(only(history(reference), "SUBMIT_REPORT").get("at").asString());

		// Nobody reviews their own report: the SHO is still refused.
		Api.Response own = story.approve(reference, sho.username(), "A");
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.field("code")).isEqualTo("complaint.review.author-may-not-review");
		assertThat(references(api.as(sho.username()).get("/api/complaints?awaiting=true"))).doesNotContain(reference);

		// The circle officer finds it in his queue and on his pages.
		assertThat(references(api.as(CO).get("/api/complaints?awaiting=true"))).contains(reference);
		PageClient coPages = new PageClient(port);
		coPages.signIn(CO, "demo-only");
		assertThat(coPages.page("/cases/reviews").select("li[data-reference=" + reference + "]")).hasSize(1);
		Document reviewPage = coPages.page("/cases/" + reference + "/review");
		assertThat(reviewPage.select("form[action=/cases/" + reference + "/review/approve]")).hasSize(1);
		assertThat(coPages.page("/cases/" + reference).select("#history").text())
			.contains("आख्या लेखक का अपना समीक्षा स्तर छोड़ना", "थाना प्रभारी स्तर छोड़ा गया");

		// He sends it back; filed again, it comes past the SHO level to him again.
		expect(story.returnReport(reference, CO), 200);
		story.recordFreshContact(reference, sho.username());
		expect(story.submitReport(reference, sho.username()), 201);
		assertThat(expect(api.as(CO).get("/api/complaints/" + reference), 200).field("awaitingRole")).isEqualTo("CO");
		assertThat(history(reference).findValuesAsString("action").stream()
			.filter("REVIEW_LEVEL_PASSED_OVER"::equals)).hasSize(2);

		// He approves on his review page; the chain goes on to the ASP, who disposes of it.
		HttpResponse<String> approved = coPages.submit("/cases/" + reference + "/review",
				"/cases/" + reference + "/review/approve",
				Map.of("grade", "B", "remarks", "ठीक", "flagOverrideReason", "शिकायतकर्ता से फोन पर पुष्टि की"));
		assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
		complaint = expect(api.as(CO).get("/api/complaints/" + reference), 200).json();
		assertThat(complaint.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(complaint.get("awaitingRole").asString()).isEqualTo("ASP");
		assertThat(story.approve(reference, CO, "A").status()).as("the CO's level has decided").isEqualTo(409);
		assertThat(expect(story.approve(reference, Story.ASP, "B"), 200).field("status")).isEqualTo("FEEDBACK_PENDING");

		JsonNode decisions = expect(api.as(Story.ASP).get("/api/complaints/" + reference + "/review"), 200).json()
			.get("decisions");
		assertThat(decisions.findValuesAsString("level")).containsExactly("CO", "CO", "ASP");
		assertThat(decisions.findValuesAsString("verdict")).containsExactly("RETURNED", "APPROVED", "APPROVED");
	}

	/**
	 * A report filed before its author's level was passed over still waits at that level: as no one
	 * but its author holds the post, the circle officer acts in the SHO's place, and it goes on.
	 */
	@Test
	void aReportAlreadyWaitingAtItsAuthorsOwnLevelIsTakenByTheCircleOfficerInThatPlace() {
		String station = staff.station(ADMIN, "RAMPUR_CIRCLE_CITY");
		Staff.Member sho = staff.create(ADMIN, station, "SHO", "IO");
		String reference = story.filed("LAND_DISPUTE");
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);
		expect(api.as(sho.username()).post("/api/complaints/" + reference + "/assign", Map.of("officerId", sho.id())),
				200);
		story.recordWork(reference, sho.username(), true);
		expect(story.submitReport(reference, sho.username()), 201);
		jdbc.sql("update complaint set awaiting_role = 'SHO' where reference = ?").param(reference).update();

		assertThat(story.approve(reference, sho.username(), "A").status()).isEqualTo(403);
		expect(story.approve(reference, CO, "B"), 200);
		JsonNode complaint = expect(api.as(CO).get("/api/complaints/" + reference), 200).json();
		assertThat(complaint.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(complaint.get("awaitingRole").asString()).isEqualTo("CO");
		expect(story.approve(reference, CO, "B"), 200);
		assertThat(expect(story.approve(reference, Story.ASP, "B"), 200).field("status")).isEqualTo("FEEDBACK_PENDING");
	}

	private JsonNode history(String reference) {
		return expect(api.as(CO).get("/api/complaints/" + reference + "/history"), 200).json();
	}

	private static JsonNode only(JsonNode history, String action) {
		List<JsonNode> rows = new ArrayList<>();
		history.forEach(h -> {
			if (h.get("action").asString().equals(action)) {
				rows.add(h);
			}
		});
		assertThat(rows).as(action + " in " + history).hasSize(1);
		return rows.get(0);
	}

	private static List<String> references(Api.Response list) {
		List<String> references = new ArrayList<>();
		expect(list, 200).json().forEach(c -> references.add(c.get("reference").asString()));
		return references;
	}
}
