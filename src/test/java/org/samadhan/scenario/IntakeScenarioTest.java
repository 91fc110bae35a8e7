package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Registering complaints: the shape of a good one, what bad input gets, retries and the monthly limit. */
@SamadhanTest
class IntakeScenarioTest {

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
	void keepsTheDescriptionExactlyAsReceivedAndGivesAReferenceWithACheckDigit() {
		String mobile = Story.freshMobile();
		Map<String, Object> body = new HashMap<>(Story.complaint(mobile, "THEFT"));
		String description = "  मेरी साइकिल चोरी हो गई।\nकल रात 10 बजे — घर के बाहर से।  ";
		body.put("description", description);
		Api.Response receipt = expect(api.post("/api/public/complaints", body), 201);
		String reference = receipt.field("reference");
		assertThat(org.samadhan.shared.Verhoeff.isValid(reference)).isTrue();
		assertThat(receipt.field("status")).isEqualTo("DISTRICT_INBOX");
		assertThat(expect(api.as(Story.CELL).get("/api/complaints/" + reference), 200).field("description"))
			.isEqualTo(description);
	}

	@Test
	void refusesBadInputFieldByFieldInTheCallersLanguageAndStoresNothing() {
		String mobile = Story.freshMobile();
		Map<String, Object> body = new HashMap<>(Story.complaint(mobile, "THEFT"));
		body.put("complainant", Map.of("name", "", "mobile", "12345"));
		body.put("description", "क".repeat(4001));
		body.put("incidentAddress", " ");

		Api.Response hindi = api.inHindi().post("/api/public/complaints", body);
		assertThat(hindi.status()).isEqualTo(400);
		Map<String, String> hindiErrors = errors(hindi.json());
		assertThat(hindiErrors).containsOnlyKeys("complainant.name", "complainant.mobile", "description",
				"incidentAddress");
		assertThat(hindiErrors.get("complainant.mobile")).contains("मोबाइल नंबर 10 अंकों");
		assertThat(hindi.field("title")).isEqualTo("अनुरोध सही नहीं है");

		Api.Response english = api.post("/api/public/complaints", body);
		assertThat(errors(english.json()).get("description")).isEqualTo("The description may be at most 4,000 characters.");

		assertThat(jdbc.sql("select count(*) from complaint where complainant_mobile = ?").param(mobile).query(Long.class)
			.single()).isZero();
	}

	@Test
	void acceptsADescriptionOfExactlyFourThousandCharacters() {
		Map<String, Object> body = new HashMap<>(Story.complaint(Story.freshMobile(), "THEFT"));
		body.put("description", "क".repeat(4000));
		expect(api.post("/api/public/complaints", body), 201);
	}

	@Test
	void countsTheDescriptionInCharactersAsAPersonDoes() {
		Map<String, Object> body = new HashMap<>(Story.complaint(Story.freshMobile(), "THEFT"));
		body.put("description", "क".repeat(3999) + "\uD83D\uDE4F");
		expect(api.post("/api/public/complaints", body), 201);
		body.put("description", "क".repeat(4000) + "\uD83D\uDE4F");
		assertThat(errors(expect(api.post("/api/public/complaints", body), 400).json())).containsKey("description");
	}

	@Test
	void refusesAnUnknownDistrictCategoryOrStation() {
		Map<String, Object> body = new HashMap<>(Story.complaint(Story.freshMobile(), "NO_SUCH"));
		assertThat(errors(expect(api.post("/api/public/complaints", body), 400).json())).containsKey("categoryCode");
		body.put("categoryCode", "THEFT");
		body.put("districtCode", "ATLANTIS");
		assertThat(errors(expect(api.post("/api/public/complaints", body), 400).json())).containsKey("districtCode");
		body.put("districtCode", "RAMPUR");
		body.put("stationCode", "NO_STATION");
		assertThat(errors(expect(api.post("/api/public/complaints", body), 400).json())).containsKey("stationCode");
	}

	@Test
	void aRetriedSubmitWithTheSameIdempotencyKeyCreatesOneComplaint() throws Exception {
		String mobile = Story.freshMobile();
		Map<String, Object> body = Story.complaint(mobile, "THEFT");
		Map<String, String> key = Map.of("Idempotency-Key", "retry-" + mobile);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Api.Response>> submits = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				submits.add(() -> api.post("/api/public/complaints", body, key));
			}
			List<String> references = new ArrayList<>();
			for (Future<Api.Response> result : pool.invokeAll(submits)) {
				references.add(expect(result.get(), 201).field("reference"));
			}
			assertThat(Set.copyOf(references)).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(expect(api.post("/api/public/complaints", body, key), 201).field("reference"))
			.isNotNull();
		assertThat(count(mobile)).isEqualTo(1);

		Map<String, Object> other = new HashMap<>(body);
		other.put("description", "कुछ और");
		assertThat(api.post("/api/public/complaints", other, key).status()).isEqualTo(409);
		assertThat(count(mobile)).isEqualTo(1);
	}

	@Test
	void letsAnOperatorEnterAComplaintHeardAtTheStationStraightIntoItsInbox() {
		Map<String, Object> body = new HashMap<>(Story.complaint(Story.freshMobile(), "ASSAULT"));
		body.put("channel", "SAMADHAN_DIWAS");
		body.put("stationCode", "RAMPUR_KOTWALI");
		Api.Response receipt = expect(api.as("frontdesk.kotwali").post("/api/complaints", body), 201);
		assertThat(receipt.field("status")).isEqualTo("STATION_INBOX");
		expect(api.as(Story.SHO).get("/api/complaints/" + receipt.field("reference")), 200);

		body.put("stationCode", "RAMPUR_GANJ");
		expect(api.as("frontdesk.kotwali").post("/api/complaints", body), 403);
		body.remove("stationCode");
		body.put("channel", "IN_PERSON");
		Api.Response ownStation = expect(api.as("frontdesk.kotwali").post("/api/complaints", body), 201);
		assertThat(ownStation.field("status")).isEqualTo("STATION_INBOX");
		expect(api.as(Story.SHO).get("/api/complaints/" + ownStation.field("reference")), 200);

		body.remove("channel");
		assertThat(errors(expect(api.as("operator.rampur").post("/api/complaints", body), 400).json()))
			.containsKey("channel");
		body.put("channel", "HELPLINE_1076");
		body.put("districtCode", "BAREILLY");
		expect(api.as("operator.rampur").post("/api/complaints", body), 403);
		expect(api.as(Story.IO).post("/api/complaints", body), 403);
	}

	@Test
	void takesTheComplainantsDocumentsWithTheComplaintAllOrNothing() {
		String mobile = Story.freshMobile();
		Api.Response receipt = expect(api.anonymous().postComplaintWithFile("/api/public/complaints",
				Story.complaint(mobile, "THEFT"), "fir-copy.jpg", Story.JPEG), 201);
		JsonNode files = expect(api.as(Story.CELL).get("/api/complaints/" + receipt.field("reference") + "/attachments"),
				200).json();
		assertThat(files).singleElement().satisfies(f -> {
			assertThat(f.get("purpose").asString()).isEqualTo("COMPLAINT_DOCUMENT");
			assertThat(f.get("originalName").asString()).isEqualTo("fir-copy.jpg");
		});

		String another = Story.freshMobile();
		Api.Response refused = api.anonymous().postComplaintWithFile("/api/public/complaints",
				Story.complaint(another, "THEFT"), "letter.pdf", Story.JPEG);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(count(another)).isZero();
	}

	private long count(String mobile) {
		return jdbc.sql("select count(*) from complaint where complainant_mobile = ?").param(mobile).query(Long.class)
			.single();
	}

	static Map<String, String> errors(JsonNode problem) {
		Map<String, String> errors = new HashMap<>();
		problem.get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		return errors.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
