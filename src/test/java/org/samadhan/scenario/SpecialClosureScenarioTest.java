package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Special closure guarded like a report (issue 9): the probe had one approved with no contact,
 * visit or statement, a court case number of "-", no word to the complainant, and their appeal
 * refused. Now it needs a recorded attempt to reach the complainant and a document, the
 * complainant is told the ground and the way to appeal, and the appeal reaches the ASP.
 */
@SamadhanTest
@Import({ RecordingSmsGateway.Config.class, MovableClock.Config.class })
class SpecialClosureScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	RecordingSmsGateway sms;

	Api api;

	Story story;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
	}

	@Test
	void theComplainantIsToldOfASpecialClosureAndTheirAppealReopensIt() {
		String reference = story.assigned("LAND_DISPUTE");
		String mobile = expect(api.as(Story.ASP).get("/api/complaints/" + reference), 200).json()
			.get("complainant").get("mobile").asString();
		Api io = api.as(Story.IO);
		Api.Response bare = io.post("/api/complaints/" + reference + "/special-closure",
				Map.of("subject", "CIVIL_DISPUTE", "explanation", "दीवानी विवाद है"));
		assertThat(bare.status()).isEqualTo(422);
		assertThat(bare.text()).contains("CONTACT_ATTEMPT_MISSING", "EVIDENCE_MISSING");
		assertThat(story.status(reference)).isEqualTo("ASSIGNED");

		story.triedToReach(reference, Story.IO);
		expect(io.post("/api/complaints/" + reference + "/special-closure", Map.of("subject", "CIVIL_DISPUTE",
				"explanation", "खेत की मेड़ का दीवानी विवाद", "evidenceId", story.closureEvidence(reference, Story.IO))),
				201);
		expect(api.as(Story.ASP).post("/api/complaints/" + reference + "/special-closure/approve",
				Map.of("reason", "राजस्व अभिलेख देखा")), 200);
		assertThat(story.status(reference)).isEqualTo("SPECIAL_CLOSED");
		assertThat(sms.textsTo(mobile)).last().asString().contains(reference, "दीवानी विवाद", "/track", "अपील", "1076");

		expect(api.anonymous().post("/api/public/complaints/" + reference + "/code", ""), 202);
		Api.Response appeal = api.anonymous().post("/api/public/complaints/" + reference + "/appeal",
				Map.of("code", sms.lastCodeTo(mobile), "reason", "मामला दीवानी नहीं, मारपीट का है"));
		assertThat(appeal.status()).as(appeal.toString()).isEqualTo(201);
		assertThat(story.status(reference)).isEqualTo("APPEALED");
		expect(api.as(Story.ASP).post("/api/complaints/" + reference + "/appeal/reopen",
				Map.of("reason", "मारपीट की जाँच आवश्यक")), 200);
		assertThat(story.status(reference)).isEqualTo("REOPENED");
	}
}
