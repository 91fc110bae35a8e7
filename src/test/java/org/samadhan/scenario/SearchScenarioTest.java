package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A caller finds complaints by reference number, mobile number and words, and narrows any list by
 * status, station, officer, category, channel, age, defaulting and flags, in the order asked;
 * always within what their posting lets them see. The suite may share one database with other
 * classes, so every assertion counts only this test's complaints: each has its own mobile number
 * or its own made-up word.
 */
@SamadhanTest
class SearchScenarioTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Story story;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
	}

	@Test
	void aReferenceNumberTypedInGroupsWithSpacesOrDashesFindsItsComplaint() {
		String reference = story.filed("THEFT");
		String grouped = ReferenceNumber.parse(reference).grouped();
		assertThat(references(Story.CELL, "reference=" + encode(grouped))).containsExactly(reference);
		assertThat(references(Story.CELL, "reference=" + grouped.replace(' ', '-'))).containsExactly(reference);
		assertThat(references(Story.CELL, "reference=" + reference)).containsExactly(reference);
	}

	@Test
	void aMistypedReferenceNumberAnswersWithTheExistingNumbersOneTypingMistakeAway() {
		String reference = story.filed("THEFT");
		char[] digits = reference.toCharArray();
		List<String> mistakes = new ArrayList<>();
		char[] check = digits.clone();
		check[12] = check[12] == '9' ? '0' : (char) (check[12] + 1);
		mistakes.add(new String(check));
		char[] oneDigit = digits.clone();
		oneDigit[7] = oneDigit[7] == '9' ? '0' : (char) (oneDigit[7] + 1);
		mistakes.add(new String(oneDigit));
		int swap = firstNeighboursThatDiffer(digits);
		char[] swapped = digits.clone();
		swapped[swap] = digits[swap + 1];
		swapped[swap + 1] = digits[swap];
		mistakes.add(new String(swapped));
		for (String mistyped : mistakes) {
			Api.Response response = expect(api.as(Story.CELL).get("/api/complaints?reference=" + mistyped), 400);
			assertThat(response.field("code")).as(mistyped).isEqualTo("reference.mistyped");
			assertThat(strings(response.json().get("didYouMean"))).as(mistyped).contains(reference);
		}
		Api.Response hindi = expect(api.inHindi().as(Story.CELL).get("/api/complaints?reference=" + mistakes.get(0)), 400);
		assertThat(hindi.field("detail")).contains("सन्दर्भ संख्या");
		Api.Response tooShort = expect(api.as(Story.CELL).get("/api/complaints?reference=12345"), 400);
		assertThat(strings(tooShort.json().get("didYouMean"))).isEmpty();
	}

	@Test
	void theDidYouMeanNeverNamesAComplaintOutsideTheCallersScope() {
		String reference = story.filed("THEFT");
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", "RAMPUR_GANJ")),
				200);
		char[] check = reference.toCharArray();
		check[12] = check[12] == '9' ? '0' : (char) (check[12] + 1);
		String mistyped = new String(check);
		assertThat(strings(expect(api.as(Story.SHO).get("/api/complaints?reference=" + mistyped), 400).json()
			.get("didYouMean"))).doesNotContain(reference);
		assertThat(strings(expect(api.as("sho.ganj").get("/api/complaints?reference=" + mistyped), 400).json()
			.get("didYouMean"))).contains(reference);
		assertThat(references(Story.SHO, "reference=" + reference)).as("the right number, out of scope").isEmpty();
	}

	@Test
	void aMobileNumberFindsItsComplaintsInEveryFormAPersonTypes() {
		String mobile = Story.freshMobile();
		String first = file(mobile, null, null);
		String second = file(mobile, null, null);
		String spaced = mobile.substring(0, 5) + " " + mobile.substring(5);
		for (String typed : List.of(mobile, spaced, "+91 " + mobile, "+91-" + spaced.replace(' ', '-'), "0" + mobile,
				"91" + mobile)) {
			assertThat(references(Story.CELL, "mobile=" + encode(typed))).as(typed).containsExactly(second, first);
		}
	}

	@Test
	void aMalformedMobileNumberIsRefusedInTheCallersLanguage() {
		Api.Response english = expect(api.as(Story.CELL).get("/api/complaints?mobile=12345"), 400);
		assertThat(english.field("code")).isEqualTo("complaint.search.mobile.invalid");
		assertThat(english.field("detail")).contains("12345 is not a mobile number");
		assertThat(english.json().get("errors").get(0).get("field").asString()).isEqualTo("mobile");
		Api.Response hindi = expect(api.inHindi().as(Story.CELL).get("/api/complaints?mobile=" + encode("+91 5876501234")),
				400);
		assertThat(hindi.field("detail")).contains("मोबाइल नंबर नहीं है");
	}

	@Test
	void hindiWordsFindAnotherInflectionOfTheSameWordAndEveryWordMustMatch() {
		String nonce = nonce();
		String goat = file(Story.freshMobile(), null, "रात में मेरी बकरी चोरी हो गई। " + nonce);
		String buffalo = file(Story.freshMobile(), null, "रात में मेरी भैंस चोरी हो गई। " + nonce);
		assertThat(references(Story.CELL, "q=" + encode("बकरियाँ " + nonce))).containsExactly(goat);
		assertThat(references(Story.CELL, "q=" + encode("बकरियों की चोरी " + nonce))).containsExactly(goat);
		assertThat(references(Story.CELL, "q=" + encode("चोरी " + nonce))).containsExactly(buffalo, goat);
		assertThat(references(Story.CELL, "q=" + encode("बकरी भैंस " + nonce))).as("all words must match").isEmpty();
	}

	@Test
	void englishWordsAreStemmedAndTheNameAndTheIncidentAddressAreSearchedToo() {
		String nonce = nonce();
		String goats = file(Story.freshMobile(), null, "Two goats were stolen from the shed at night " + nonce + ".");
		String named = file(Story.freshMobile(), "Zorawar " + nonce, "पड़ोसी ने मेड़ तोड़ दी।");
		assertThat(references(Story.CELL, "q=" + encode("goat sheds " + nonce))).containsExactly(goats);
		assertThat(references(Story.CELL, "q=" + encode(nonce.toUpperCase()))).containsExactly(named, goats);
		assertThat(references(Story.CELL, "q=" + encode("zorawar " + nonce))).containsExactly(named);
		assertThat(references(Story.CELL, "q=" + encode("रेबड़ी " + nonce))).as("the incident address")
			.containsExactly(named, goats);
	}

	@Test
	void aWordsSearchReachesBackInTimeNewestFirstPageByPage() {
		String nonce = nonce();
		String fresh = file(Story.freshMobile(), null, "मेरी बकरी चोरी हो गई। " + nonce);
		String months = file(Story.freshMobile(), null, "मेरी बकरी चोरी हो गई। " + nonce);
		String years = file(Story.freshMobile(), null, "मेरी बकरी चोरी हो गई। " + nonce);
		registeredDaysAgo(months, 100);
		registeredDaysAgo(years, 400);
		String q = "q=" + encode("बकरियाँ " + nonce);
		assertThat(references(Story.CELL, q)).containsExactly(fresh, months, years);
		assertThat(strings(expect(api.as(Story.CELL).get("/api/complaints?size=2&" + q), 200).json(), "reference"))
			.containsExactly(fresh, months);
		assertThat(strings(expect(api.as(Story.CELL).get("/api/complaints?size=2&page=1&" + q), 200).json(),
				"reference")).containsExactly(years);
	}

	@Test
	void aSearchOfOnlyCommonWordsIsRefusedNotAnsweredWithEverything() {
		Api.Response response = expect(api.as(Story.CELL).get("/api/complaints?q=" + encode("का the")), 400);
		assertThat(response.field("code")).isEqualTo("complaint.search.words.none");
	}

	@Test
	void anSHOSearchingAMobileThatComplainedAtAnotherStationGetsNothing() {
		String mobile = Story.freshMobile();
		String nonce = nonce();
		String reference = file(mobile, null, "मेरी बकरी चोरी हो गई " + nonce);
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", "RAMPUR_GANJ")),
				200);
		assertThat(references(Story.SHO, "mobile=" + mobile)).isEmpty();
		assertThat(references(Story.SHO, "q=" + nonce)).isEmpty();
		assertThat(references("frontdesk.kotwali", "mobile=" + mobile)).isEmpty();
		assertThat(references(Story.IO, "mobile=" + mobile)).isEmpty();
		assertThat(references("sho.ganj", "mobile=" + mobile)).containsExactly(reference);
		assertThat(references("sho.ganj", "q=" + nonce)).containsExactly(reference);
		assertThat(references("operator.rampur", "mobile=" + mobile)).containsExactly(reference);
	}

	@Test
	void filtersNarrowAListToExactlyTheComplaintsThatMatchEveryOne() {
		String mobile = Story.freshMobile();
		String inbox = file(mobile, null, null);
		String marked = file(mobile, null, null);
		expect(api.as(Story.CELL).post("/api/complaints/" + marked + "/mark", Map.of("stationCode", Story.STATION)), 200);
		String ganj = file(mobile, null, null);
		expect(api.as(Story.CELL).post("/api/complaints/" + ganj + "/mark", Map.of("stationCode", "RAMPUR_GANJ")), 200);
		String assigned = file(mobile, "LAND_DISPUTE", null);
		expect(api.as(Story.CELL).post("/api/complaints/" + assigned + "/mark", Map.of("stationCode", Story.STATION)),
				200);
		long io = story.officerId(Story.SHO, Story.IO);
		expect(api.as(Story.SHO).post("/api/complaints/" + assigned + "/assign", Map.of("officerId", io)), 200);
		String m = "mobile=" + mobile;

		assertThat(references(Story.CELL, m + "&status=DISTRICT_INBOX")).containsExactly(inbox);
		assertThat(references(Story.CELL, m + "&status=DISTRICT_INBOX,ASSIGNED")).containsExactly(assigned, inbox);
		assertThat(references(Story.CELL, m + "&status=STATION_INBOX&status=ASSIGNED"))
			.containsExactly(assigned, ganj, marked);
		assertThat(references(Story.CELL, m + "&station=RAMPUR_KOTWALI")).containsExactly(assigned, marked);
		assertThat(references(Story.CELL, m + "&station=rampur_ganj")).containsExactly(ganj);
		assertThat(references(Story.CELL, m + "&officer=" + io)).containsExactly(assigned);
		assertThat(references(Story.CELL, m + "&category=LAND_DISPUTE")).containsExactly(assigned);
		assertThat(references(Story.CELL, m + "&channel=PORTAL")).containsExactly(assigned, ganj, marked, inbox);
		assertThat(references(Story.CELL, m + "&channel=HELPLINE_1076")).isEmpty();
		assertThat(references(Story.SHO, m)).as("the SHO's scope").containsExactly(assigned, marked);
		assertThat(references(Story.SHO, m + "&status=ASSIGNED")).containsExactly(assigned);
		assertThat(references(Story.IO, m + "&mine=true")).containsExactly(assigned);
	}

	@Test
	void ageDefaulterAndFlaggedFiltersAndTheThreeOrders() {
		String mobile = Story.freshMobile();
		String fresh = file(mobile, null, null);
		String tenDays = file(mobile, null, null);
		String twentyDays = file(mobile, null, null);
		String old = file(mobile, null, null);
		LocalDate today = LocalDate.now(ZONE);
		registeredDaysAgo(tenDays, 10);
		registeredDaysAgo(twentyDays, 20);
		registeredDaysAgo(old, 45);
		String m = "mobile=" + mobile;

		assertThat(references(Story.CELL, m + "&age=UP_TO_7")).containsExactly(fresh);
		assertThat(references(Story.CELL, m + "&age=DAYS_8_TO_15")).containsExactly(tenDays);
		assertThat(references(Story.CELL, m + "&age=days_16_to_30")).containsExactly(twentyDays);
		assertThat(references(Story.CELL, m + "&age=OVER_30")).containsExactly(old);

		assertThat(references(Story.CELL, m)).as("newest first by default").containsExactly(fresh, tenDays, twentyDays, old);
		assertThat(references(Story.CELL, m + "&sort=OLDEST")).containsExactly(old, twentyDays, tenDays, fresh);
		dueOn(fresh, today.plusDays(2), false);
		dueOn(tenDays, today.minusDays(1), false);
		dueOn(twentyDays, today.minusDays(3), true);
		dueOn(old, null, false);
		assertThat(references(Story.CELL, m + "&sort=DUE_SOONEST")).as("no due date last")
			.containsExactly(twentyDays, tenDays, fresh, old);
		assertThat(references(Story.CELL, m + "&defaulter=true")).as("past due, clock running")
			.containsExactly(tenDays);

		String flagged = story.reported("THEFT");
		String clean = story.assigned("THEFT");
		assertThat(references(Story.CELL, "reference=" + flagged + "&flagged=true")).containsExactly(flagged);
		assertThat(references(Story.CELL, "reference=" + clean + "&flagged=true")).isEmpty();
		assertThat(references(Story.CELL, "reference=" + clean + "&flagged=false")).containsExactly(clean);
	}

	@Test
	void anUnknownValueOrParameterIsRefusedNamingItNeverIgnored() {
		Map<String, String> refused = Map.of("status=OPEN", "complaint.search.status.unknown", "station=NOWHERE",
				"complaint.search.station.unknown", "station=RAMPUR", "complaint.search.station.unknown",
				"officer=abc", "complaint.search.officer.unknown", "category=GOATS", "complaint.search.category.unknown",
				"channel=PIGEON", "complaint.search.channel.unknown", "age=OLD", "complaint.search.age.unknown",
				"sort=RANDOM", "complaint.search.sort.unknown", "defaulter=yes", "complaint.search.yes-no",
				"name=Ramesh", "request.parameter-unknown");
		for (Map.Entry<String, String> query : refused.entrySet()) {
			Api.Response response = api.as(Story.CELL).get("/api/complaints?" + query.getKey());
			assertThat(response.status()).as(query.getKey()).isEqualTo(400);
			assertThat(response.field("code")).as(query.getKey()).isEqualTo(query.getValue());
			assertThat(response.field("detail")).as(query.getKey()).isNotBlank();
		}
		Api.Response hindi = expect(api.inHindi().as(Story.CELL).get("/api/complaints?status=OPEN"), 400);
		assertThat(hindi.field("detail")).isEqualTo("OPEN नाम की कोई स्थिति नहीं है।");
	}

	private String file(String mobile, String categoryOrName, String description) {
		String category = categoryOrName != null && categoryOrName.matches("[A-Z_]+") ? categoryOrName : "THEFT";
		Map<String, Object> body = new java.util.LinkedHashMap<>(Story.complaint(mobile, category));
		if (categoryOrName != null && !categoryOrName.matches("[A-Z_]+")) {
			body.put("complainant", Map.of("name", categoryOrName, "mobile", mobile));
		}
		if (description != null) {
			body.put("description", description);
		}
		return expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference");
	}

	@Test
	void aNumberIssuedBeforeTheCheckDigitWasCorrectedIsStillFoundAndAMistypedOneIsStillCaught() {
		String reference = new Story(api).filed("THEFT");
		// As if issued before the fix (ADR 0002): a serial whose ninth digit the old table misread,
		// with the check digit that table gave it.
		String legacy = issuedBeforeTheFix(reference.substring(0, 8) + "7" + reference.substring(9, 12));
		jdbc.sql("update complaint set reference = ? where reference = ?").params(legacy, reference).update();
		assertThat(expect(api.as(Story.CELL).get("/api/complaints/" + legacy), 200).field("reference"))
			.isEqualTo(legacy);
		String grouped = legacy.replaceAll("(\\d{4})(?=\\d)", "$1 ");
		assertThat(references(Story.CELL, "reference=" + encode(grouped))).containsExactly(legacy);
		// Another number that passes only the old check, but that no complaint has: mistyped.
		String never = issuedBeforeTheFix(legacy.substring(0, 8) + "8" + legacy.substring(9, 12));
		assertThat(expect(api.as(Story.CELL).get("/api/complaints/" + never), 400).text()).contains("reference.mistyped");
		assertThat(expect(api.as(Story.CELL).get("/api/complaints?reference=" + never), 400).text())
			.contains("reference.mistyped");
	}

	/** The body with the check digit the table used before the fix gave it, which the published one refuses. */
	private static String issuedBeforeTheFix(String body) {
		for (int d = 0; d <= 9; d++) {
			if (org.samadhan.shared.Verhoeff.isValidAsIssuedBefore(body + d) && !org.samadhan.shared.Verhoeff.isValid(body + d)) {
				return body + d;
			}
		}
		throw new AssertionError("no old check digit differs for " + body);
	}

	private List<String> references(String officer, String query) {
		JsonNode list = expect(api.as(officer).get("/api/complaints?size=100&" + query), 200).json();
		List<String> references = new ArrayList<>();
		list.forEach(c -> references.add(c.get("reference").asString()));
		return references;
	}

	/** As if registered that long ago: the complaint and its search terms, which keep its registration time. */
	private void registeredDaysAgo(String reference, int days) {
		Instant at = LocalDate.now(ZONE).minusDays(days).atTime(12, 0).atZone(ZONE).toInstant();
		jdbc.sql("update complaint set registered_at = ? where reference = ?")
			.params(java.sql.Timestamp.from(at), reference)
			.update();
		jdbc.sql("update complaint_search_terms set registered_at = ? "
				+ "where complaint_id = (select id from complaint where reference = ?)")
			.params(java.sql.Timestamp.from(at), reference)
			.update();
	}

	private void dueOn(String reference, LocalDate due, boolean paused) {
		jdbc.sql("update complaint set due_on = ?, clock_paused = ? where reference = ?")
			.params(due, paused, reference)
			.update();
	}

	private static List<String> strings(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.get(field).asString()));
		return values;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null) {
			array.forEach(v -> values.add(v.asString()));
		}
		return values;
	}

	private static int firstNeighboursThatDiffer(char[] digits) {
		for (int i = 0; i + 1 < digits.length; i++) {
			if (digits[i] != digits[i + 1]) {
				return i;
			}
		}
		throw new AssertionError("no two neighbours differ");
	}

	/** A made-up word no other complaint has: letters only, so the analyser keeps it whole. */
	private static String nonce() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.append('k').toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
