package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person sees only what their posting allows: an officer of another station, or of another
 * circle, gets the same 404 for a complaint as for a number that was never issued.
 */
@SamadhanTest
class AccessScopeTest {

	/** Every command on a complaint, each with a body it would accept. */
	static final Map<String, Map<String, Object>> COMMANDS = Map.ofEntries(
			Map.entry("/mark", Map.of("stationCode", "RAMPUR_GANJ")),
			Map.entry("/send-back", Map.of("reason", "x")),
			Map.entry("/transfer-to-district", Map.of("districtCode", "BAREILLY", "reason", "x")),
			Map.entry("/transfer-out", Map.of("receivingOffice", "x", "reason", "x")),
			Map.entry("/assign", Map.of("officerId", 1)),
			Map.entry("/contacts",
					Map.of("contactedAt", "2026-11-28T00:00:00Z", "mode", "CALL", "outcome", "REACHED")),
			Map.entry("/visits", Map.of("visitedAt", "2026-11-28T00:00:00Z", "latitude", 28.8, "longitude", 79.0)),
			Map.entry("/statements", Map.of("party", "WITNESS", "personName", "x")),
			Map.entry("/report", Map.of("findings", "x", "actionTaken", "OTHER")),
			Map.entry("/review/approve", Map.of("grade", "A")),
			Map.entry("/review/return", Map.of("grade", "C", "reason", "x")),
			Map.entry("/special-closure",
					Map.of("subject", "MATTER_IN_COURT", "explanation", "x", "courtCaseNumber", "1")),
			Map.entry("/special-closure/approve", Map.of("reason", "x")),
			Map.entry("/special-closure/reject", Map.of("reason", "x")));

	@LocalServerPort
	int port;

	Api api;

	Story story;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
	}

	@Test
	void anOfficerOfAnotherStationGets404OnEveryEndpointOfTheComplaint() {
		String reference = story.reported("LAND_DISPUTE");
		String unknown = unknownReference();
		for (String officer : new String[] { "sho.ganj", "io.ganj.1", "co.milak" }) {
			Api other = api.as(officer);
			for (String path : new String[] { "", "/history", "/enquiry", "/reviews", "/attachments",
					"/special-closures", "/review", "/flags", "/repeats" }) {
				assertSameAsUnknown(other.get("/api/complaints/" + reference + path),
						other.get("/api/complaints/" + unknown + path));
			}
			for (Map.Entry<String, Map<String, Object>> command : COMMANDS.entrySet()) {
				assertSameAsUnknown(other.post("/api/complaints/" + reference + command.getKey(), command.getValue()),
						other.post("/api/complaints/" + unknown + command.getKey(), command.getValue()));
			}
			assertSameAsUnknown(other.upload("/api/complaints/" + reference + "/attachments", "a.jpg", Story.JPEG),
					other.upload("/api/complaints/" + unknown + "/attachments", "a.jpg", Story.JPEG));
		}
		assertThat(story.status(reference)).isEqualTo("REPORT_SUBMITTED");
	}

	@Test
	void operatorsAndTheFeedbackDeskSeeTheComplaintButNotTheCaseFileAndTheAdministratorSeesNone() {
		String reference = story.enquired("THEFT");
		for (String officer : new String[] { "operator.rampur", "feedback.rampur" }) {
			expect(api.as(officer).get("/api/complaints/" + reference), 200);
			for (String path : new String[] { "/enquiry", "/attachments", "/reviews", "/special-closures" }) {
				expect(api.as(officer).get("/api/complaints/" + reference + path), 403);
			}
		}
		expect(api.as("admin.rampur").get("/api/complaints/" + reference), 404);
		assertThat(expect(api.as("admin.rampur").get("/api/complaints"), 200).json()).isEmpty();
		expect(api.as(Story.ASP).get("/api/complaints/" + reference + "/enquiry"), 200);
	}

	@Test
	void anOfficerCannotDownloadAnotherStationsFileByGuessingItsId() {
		String reference = story.enquired("THEFT");
		String fileId = expect(api.as(Story.IO).get("/api/complaints/" + reference + "/attachments"), 200).json()
			.get(0)
			.get("id")
			.asString();
		expect(api.as("sho.ganj").get("/api/complaints/" + reference + "/attachments/" + fileId), 404);
		String ganjComplaint = story.filed("THEFT");
		expect(api.as(Story.CELL).get("/api/complaints/" + ganjComplaint + "/attachments/" + fileId), 404);
	}

	@Test
	void theInvestigatingOfficerSeesOnlyTheirOwnCases() {
		String mine = story.assigned("THEFT");
		String unassigned = story.marked("THEFT");
		expect(api.as(Story.IO).get("/api/complaints/" + mine), 200);
		expect(api.as(Story.IO).get("/api/complaints/" + unassigned), 404);
		expect(api.as("io.kotwali.2").get("/api/complaints/" + mine), 404);
		String list = expect(api.as(Story.IO).get("/api/complaints?size=100"), 200).text();
		assertThat(list).contains(mine).doesNotContain(unassigned);
	}

	@Test
	void aReviewerSeesTheirQueueOfReportsAwaitingTheirLevel() {
		String reported = story.reported("THEFT");
		String forwarded = story.reported("THEFT");
		expect(story.approve(forwarded, Story.SHO, "B"), 200);
		String shoQueue = expect(api.as(Story.SHO).get("/api/complaints?awaiting=true&size=100"), 200).text();
		assertThat(shoQueue).contains(reported).doesNotContain(forwarded);
		String coQueue = expect(api.as(Story.CO).get("/api/complaints?awaiting=true&size=100"), 200).text();
		assertThat(coQueue).contains(forwarded).doesNotContain(reported);
		String otherCircle = expect(api.as("co.milak").get("/api/complaints?awaiting=true&size=100"), 200).text();
		assertThat(otherCircle).doesNotContain(forwarded);
	}

	@Test
	void anUnsignedCallerGets401AndACitizenWithTheWrongCodeSeesNothing() {
		String reference = story.filed("THEFT");
		Api.Response unsigned = api.anonymous().get("/api/complaints/" + reference);
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(unsigned.field("code")).isEqualTo("auth.required");

		expect(api.anonymous().post("/api/public/complaints/" + reference + "/code", ""), 202);
		Api.Response wrong = api.anonymous().post("/api/public/complaints/" + reference + "/view", Map.of("code", "000000"));
		Api.Response never = api.anonymous().post("/api/public/complaints/" + unknownReference() + "/view",
				Map.of("code", "000000"));
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.json().get("detail")).isEqualTo(never.json().get("detail"));
		assertThat(wrong.text()).doesNotContain("रमेश");
	}

	@Test
	void aWrongPasswordIsRefused() {
		Api.Response response = api.anonymous().get("/api/me");
		assertThat(response.status()).isEqualTo(401);
		assertThat(api.as("no.such.officer").get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void aSessionOpenedWithBasicWorksWithItsCookieAndNeedsTheXsrfTokenToChangeAnything() throws Exception {
		String reference = story.marked("THEFT");
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String base = "http://127.0.0.1:" + port;
		String basic = "Basic " + Base64.getEncoder().encodeToString("sho.kotwali:demo-only".getBytes());
		var open = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/session"))
			.header("Authorization", basic)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(open.statusCode()).isEqualTo(201);
		var me = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(me.body()).contains("RAMPUR_KOTWALI");
		String sendBack = "{\"reason\":\"not ours\"}";
		var withoutToken = browser.send(HttpRequest
			.newBuilder(URI.create(base + "/api/complaints/" + reference + "/send-back"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(sendBack))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withoutToken.body()).contains("auth.csrf");
		String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.findFirst().orElseThrow().getValue();
		var withToken = browser.send(HttpRequest
			.newBuilder(URI.create(base + "/api/complaints/" + reference + "/send-back"))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString(sendBack))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(story.status(reference)).isEqualTo("DISTRICT_INBOX");
	}

	private void assertSameAsUnknown(Api.Response forOthers, Api.Response forUnknown) {
		assertThat(forOthers.status()).as(forOthers.toString()).isEqualTo(404);
		assertThat(forOthers.json().get("detail")).isEqualTo(forUnknown.json().get("detail"));
		assertThat(forOthers.json().get("code")).isEqualTo(forUnknown.json().get("code"));
	}

	/** A well-formed reference number (valid check digit) that no complaint has: district 99 does not exist. */
	static String unknownReference() {
		return ReferenceNumber.issue(2026, 99, java.util.concurrent.ThreadLocalRandom.current().nextLong(100_000_000L))
			.value();
	}
}
