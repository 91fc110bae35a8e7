package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.PageClient;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly limit protects the complainant, not the attacker (issue 9): a stranger who files ten
 * complaints on the portal with someone else's number cannot shut its owner out of the portal, the
 * front desk or 1076; the owner proves the number with a code and files, and an officer can always
 * register past the limit with a reason the history keeps.
 */
@SamadhanTest
@Import({ RecordingSmsGateway.Config.class, MovableClock.Config.class })
class MonthlyLimitScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	Api citizen;

	String victim;

	@BeforeEach
	void aStrangerUsesUpTheNumbersUnprovenFilings() {
		citizen = Api.at(port).inHindi();
		victim = Story.freshMobile();
		for (int i = 1; i <= 10; i++) {
			expect(Api.at(port).post("/api/public/complaints", Story.complaint(victim, "THEFT")), 201);
		}
	}

	@Test
	void theOwnerOfTheNumberProvesItWithACodeAndFilesOnThePortal() {
		Api.Response refused = expect(citizen.post("/api/public/complaints", Story.complaint(victim, "THREAT")), 422);
		assertThat(refused.field("code")).isEqualTo("intake.monthly-limit.prove-mobile");
		assertThat(refused.json().get("reasons").get(0).get("code").asString()).isEqualTo("MOBILE_NOT_PROVEN");
		assertThat(refused.json().toString()).contains("कोड");
		assertThat(count(victim)).isEqualTo(10);

		expect(citizen.post("/api/public/mobile-codes", Map.of("mobile", victim)), 202);
		Map<String, Object> proven = new HashMap<>(Story.complaint(victim, "THREAT"));
		proven.put("mobileCode", sms.lastCodeTo(victim));
		expect(citizen.post("/api/public/complaints", proven), 201);
		assertThat(count(victim)).isEqualTo(11);

		// The code is used up: the same code again is refused on its field and files nothing.
		Api.Response reused = expect(citizen.post("/api/public/complaints", proven), 400);
		assertThat(IntakeScenarioTest.errors(reused.json())).containsKey("mobileCode");
		assertThat(count(victim)).isEqualTo(11);
	}

	@Test
	void aWrongCodeIsRefusedAndAStrangerCannotGiveAnOfficersReason() {
		Map<String, Object> guessed = new HashMap<>(Story.complaint(victim, "THREAT"));
		guessed.put("mobileCode", "123456");
		assertThat(IntakeScenarioTest.errors(expect(citizen.post("/api/public/complaints", guessed), 400).json()))
			.containsKey("mobileCode");
		Map<String, Object> pleading = new HashMap<>(Story.complaint(victim, "THREAT"));
		pleading.put("limitOverrideReason", "मुझे शिकायत करनी है");
		assertThat(IntakeScenarioTest.errors(expect(citizen.post("/api/public/complaints", pleading), 400).json()))
			.containsKey("limitOverrideReason");
		assertThat(count(victim)).isEqualTo(10);
	}

	@Test
	void theHelplineAndTheStationStillRegisterTheVictimsComplaints() {
		Map<String, Object> call = new HashMap<>(Story.complaint(victim, "THREAT"));
		call.put("channel", "HELPLINE_1076");
		expect(Api.at(port).as("operator.rampur").post("/api/complaints", call), 201);
		Map<String, Object> atTheStation = new HashMap<>(Story.complaint(victim, "ASSAULT"));
		atTheStation.put("channel", "IN_PERSON");
		atTheStation.put("stationCode", "RAMPUR_KOTWALI");
		expect(Api.at(port).as("frontdesk.kotwali").post("/api/complaints", atTheStation), 201);
		assertThat(count(victim)).isEqualTo(12);
	}

	@Test
	void anOfficerRegistersPastTheLimitOnlyWithAReasonTheHistoryKeeps() {
		Api operator = Api.at(port).as("operator.rampur").inHindi();
		Map<String, Object> call = new HashMap<>(Story.complaint(victim, "THREAT"));
		call.put("channel", "HELPLINE_1076");
		for (int i = 1; i <= 10; i++) {
			expect(operator.post("/api/complaints", call), 201);
		}
		Api.Response refused = expect(operator.post("/api/complaints", call), 422);
		assertThat(refused.field("code")).isEqualTo("intake.monthly-limit");
		assertThat(refused.json().get("reasons").get(1).get("code").asString()).isEqualTo("LIMIT_REASON_NEEDED");

		String reason = "शिकायतकर्ता ने फोन पर बताया कि पोर्टल की शिकायतें उन्होंने नहीं कीं";
		call.put("limitOverrideReason", reason);
		String reference = expect(operator.post("/api/complaints", call), 201).field("reference");
		assertThat(jdbc.sql("""
				select h.reason from complaint_history h join complaint c on c.id = h.complaint_id
				where c.reference = ? and h.action = 'LIMIT_OVERRIDDEN'""")
			.param(reference)
			.query(String.class)
			.single()).isEqualTo(reason);
	}

	@Test
	void theOperatorsFormAsksForAReasonPastTheLimitAndRegistersWithIt() {
		Map<String, Object> call = new HashMap<>(Story.complaint(victim, "THREAT"));
		call.put("channel", "HELPLINE_1076");
		for (int i = 1; i <= 10; i++) {
			expect(Api.at(port).as("operator.rampur").post("/api/complaints", call), 201);
		}
		PageClient operator = new PageClient(port);
		assertThat(operator.signIn("operator.rampur", "demo-only")).endsWith("/home");
		Map<String, String> fields = new LinkedHashMap<>(Story.filingForm(victim));
		fields.put("channel", "HELPLINE_1076");
		HttpResponse<String> refused = operator.submit("/operator/complaints/new", "/operator/complaints/new", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(refused.body());
		assertThat(form.select("#limit-reason textarea[name=limitOverrideReason]")).hasSize(1);
		assertThat(count(victim)).isEqualTo(20);

		Map<String, String> again = new LinkedHashMap<>(fields);
		again.put("_csrf", form.select("input[name=_csrf]").attr("value"));
		again.put("idempotencyKey", form.select("input[name=idempotencyKey]").attr("value"));
		again.put("limitOverrideReason", "शिकायतकर्ता ने स्वयं फोन किया, पहले की शिकायतें किसी और ने कीं");
		HttpResponse<String> registered = operator.post("/operator/complaints/new", again);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		assertThat(count(victim)).isEqualTo(21);
	}

	@Test
	void theCitizensFormAsksForTheCodeSendsItAndFilesWithIt() {
		PageClient page = new PageClient(port).from("10.9.8." + (Math.abs(victim.hashCode()) % 250 + 1));
		Map<String, String> fields = Story.filingForm(victim);
		HttpResponse<String> asked = page.submit("/complaints/new", "/complaints/new", fields);
		assertThat(asked.statusCode()).isEqualTo(200);
		Document form = Jsoup.parse(asked.body());
		assertThat(form.select("#mobile-proof input[name=mobileCode]")).hasSize(1);
		assertThat(form.select(".alert").text()).contains("कोड");
		assertThat(count(victim)).isEqualTo(10);

		Map<String, String> again = new LinkedHashMap<>(fields);
		again.put("_csrf", form.select("input[name=_csrf]").attr("value"));
		again.put("idempotencyKey", form.select("input[name=idempotencyKey]").attr("value"));
		again.put("mobileCode", sms.lastCodeTo(victim));
		HttpResponse<String> filed = page.post("/complaints/new", again);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		assertThat(count(victim)).isEqualTo(11);
	}

	private long count(String mobile) {
		return jdbc.sql("select count(*) from complaint where complainant_mobile = ?").param(mobile)
			.query(Long.class)
			.single();
	}
}
