package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The police station a complainant picks when filing is kept as a suggestion: the complaint still
 * goes to the district's inbox, and the IGRS cell sees the station named on the case page and
 * preselected in its "mark to station" picker. A station of another district is refused on its
 * field, in the page's or the caller's language, and nothing is stored. On the page and on the API.
 */
@SamadhanTest
class StationChoiceTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	/** Not the first station of Rampur in either language, so a preselection cannot be an accident. */
	private static final String GANJ = "RAMPUR_GANJ";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void theStationACitizenPicksOnTheFormIsKeptAndPreselectedForTheCell() {
		String mobile = Story.freshMobile();
		Map<String, String> form = Story.filingForm(mobile);
		form.put("stationCode", GANJ);
		HttpResponse<String> filed = new PageClient(port).submit("/complaints/new", "/complaints/new", form);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);

		Map<String, Object> stored = stored(mobile);
		assertThat(stored.get("status")).as("routed as before").isEqualTo("DISTRICT_INBOX");
		assertThat(stored.get("station_id")).isNull();
		assertThat(stored.get("suggested_station_id")).isEqualTo(unitId(GANJ));

		PageClient cell = new PageClient(port);
		cell.signIn(Story.CELL, "demo-only");
		Document page = cell.page("/cases/" + stored.get("reference"));
		assertThat(page.select("#suggested-station").text()).isEqualTo("गंज");
		assertThat(page.select("#mark-station option[selected]").attr("value")).isEqualTo(GANJ);
		assertThat(page.select("#mark-station option").first().attr("value")).as("not the first choice").isEmpty();
		assertThat(page.select("#mark-station option").get(1).attr("value")).isNotEqualTo(GANJ);
		assertThat(page.select("#mark-station-hint").text()).isEqualTo(text("page.case.mark.suggested", HINDI));

		Document english = cell.page("/cases/" + stored.get("reference") + "?lang=en");
		assertThat(english.select("#suggested-station").text()).isEqualTo("Ganj");
		assertThat(english.select("dt").eachText()).contains("Station suggested by the complainant");
		assertThat(english.select("#mark-station option[selected]").attr("value")).isEqualTo(GANJ);
	}

	@Test
	void aRefusedMarkKeepsTheCellsOwnChoiceAndOnceMarkedTheSuggestionIsNoLongerShownAsApart() {
		String reference = filedByApi(GANJ);
		PageClient cell = new PageClient(port);
		cell.signIn(Story.CELL, "demo-only");
		Document page = cell.page("/cases/" + reference);
		HttpResponse<String> refused = cell.post("/cases/" + reference + "/mark",
				Map.of("_csrf", page.select("form[action$='/mark'] input[name=_csrf]").attr("value"), "stationCode", "",
						"note", ""));
		assertThat(refused.statusCode()).isEqualTo(200);
		Document again = Jsoup.parse(refused.body());
		assertThat(again.select("#mark-station-error").text()).isEqualTo(text("complaint.station.required", HINDI));
		assertThat(again.select("#mark-station option[selected]").eachAttr("value")).as("left as the cell sent it")
			.doesNotContain(GANJ);

		HttpResponse<String> marked = cell.post("/cases/" + reference + "/mark",
				Map.of("_csrf", page.select("form[action$='/mark'] input[name=_csrf]").attr("value"), "stationCode", GANJ,
						"note", ""));
		assertThat(marked.statusCode()).isEqualTo(302);
		Document after = cell.page("/cases/" + reference);
		assertThat(after.select("#station").text()).isEqualTo("गंज");
		assertThat(after.select("#suggested-station")).isEmpty();
	}

	@Test
	void theStationNamedThroughThePublicApiIsKeptAndReadBackByTheCell() {
		String reference = filedByApi(GANJ);
		Api.Response complaint = expect(Api.at(port).as(Story.CELL).get("/api/complaints/" + reference), 200);
		assertThat(complaint.field("status")).isEqualTo("DISTRICT_INBOX");
		assertThat(complaint.json().get("placement").get("stationId").isNull()).isTrue();
		assertThat(complaint.json().get("suggestedStationId").asLong()).isEqualTo(unitId(GANJ));

		JsonNode docs = expect(Api.at(port).get("/v3/api-docs"), 200).json();
		JsonNode station = docs.get("components").get("schemas").get("RegistrationRequest").get("properties")
			.get("stationCode");
		assertThat(station.get("description").asString()).contains("suggests", "district's inbox", "another district");
	}

	@Test
	void anOperatorsStationIsKeptAsTheSuggestionToo() {
		Map<String, Object> body = Story.complaint(Story.freshMobile(), "THEFT");
		body.put("channel", "HELPLINE_1076");
		body.put("stationCode", GANJ);
		Api.Response receipt = expect(Api.at(port).as("operator.rampur").post("/api/complaints", body), 201);
		assertThat(receipt.field("status")).isEqualTo("DISTRICT_INBOX");
		assertThat(jdbc.sql("select suggested_station_id from complaint where reference = ?")
			.param(receipt.field("reference"))
			.query(Long.class)
			.single()).isEqualTo(unitId(GANJ));
	}

	@Test
	void aStationOfAnotherDistrictIsRefusedOnTheFormInThePagesLanguageAndNothingIsStored() {
		String mobile = Story.freshMobile();
		Map<String, String> form = Story.filingForm(mobile);
		form.put("stationCode", "AMROHA_KOTWALI");
		HttpResponse<String> refused = new PageClient(port).submit("/complaints/new", "/complaints/new", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#stationCode-error").text())
			.isEqualTo("थाना कोतवाली अमरोहा जनपद अमरोहा में है, जनपद रामपुर में नहीं। जनपद रामपुर का कोई थाना चुनें, या थाना खाली छोड़ दें।");
		assertThat(page.select("#description").text()).as("the form comes back as typed").isEqualTo(form.get("description"));
		assertThat(count(mobile)).isZero();

		PageClient english = new PageClient(port);
		english.get("/complaints/new?lang=en");
		String other = Story.freshMobile();
		Map<String, String> again = Story.filingForm(other);
		again.put("stationCode", "AMROHA_KOTWALI");
		Document inEnglish = Jsoup.parse(english.submit("/complaints/new", "/complaints/new", again).body());
		assertThat(inEnglish.select("#stationCode-error").text()).isEqualTo(
				"Kotwali Amroha police station is in Amroha district, not in Rampur. Choose a station of Rampur district, or leave the station blank.");
		assertThat(count(other)).isZero();
	}

	@Test
	void aStationOfAnotherDistrictIsRefusedByTheApiWithAProblemOnItsFieldAndNothingIsStored() {
		String mobile = Story.freshMobile();
		Map<String, Object> body = Story.complaint(mobile, "THEFT");
		body.put("stationCode", "AMROHA_KOTWALI");
		Api.Response refused = Api.at(port).anonymous().post("/api/public/complaints", body);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		JsonNode error = refused.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("stationCode");
		assertThat(error.get("code").asString()).isEqualTo("intake.station.other-district");
		assertThat(error.get("message").asString()).isEqualTo(
				"Kotwali Amroha police station is in Amroha district, not in Rampur. Choose a station of Rampur district, or leave the station blank.");
		Api.Response inHindi = Api.at(port).inHindi().anonymous().post("/api/public/complaints", body);
		assertThat(inHindi.json().get("errors").get(0).get("message").asString()).startsWith("थाना कोतवाली अमरोहा जनपद अमरोहा में है");
		assertThat(count(mobile)).isZero();
	}

	private String filedByApi(String stationCode) {
		Map<String, Object> body = Story.complaint(Story.freshMobile(), "THEFT");
		body.put("stationCode", stationCode);
		Api.Response receipt = expect(Api.at(port).anonymous().post("/api/public/complaints", body), 201);
		assertThat(receipt.field("status")).isEqualTo("DISTRICT_INBOX");
		return receipt.field("reference");
	}

	private Map<String, Object> stored(String mobile) {
		return jdbc.sql("select reference, status, station_id, suggested_station_id from complaint "
				+ "where complainant_mobile = ?").param(mobile).query().singleRow();
	}

	private long count(String mobile) {
		return jdbc.sql("select count(*) from complaint where complainant_mobile = ?").param(mobile).query(Long.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from jurisdiction_unit where code = ?").param(code).query(Long.class).single();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
