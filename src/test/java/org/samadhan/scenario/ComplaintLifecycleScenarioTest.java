package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.ASP;
import static org.samadhan.support.Story.CELL;
import static org.samadhan.support.Story.CO;
import static org.samadhan.support.Story.IO;
import static org.samadhan.support.Story.SHO;
import static org.samadhan.support.Story.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * One story per path of a complaint's life in the demo district, told through the HTTP API as
 * the officers of Rampur would live it.
 */
@SamadhanTest
class ComplaintLifecycleScenarioTest {

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
	void aCitizensComplaintTravelsFromRegistrationToDisposalThroughRealWork() {
		String reference = story.filed("LAND_DISPUTE");
		assertThat(reference).hasSize(13);
		assertThat(story.status(reference)).isEqualTo("DISTRICT_INBOX");

		expect(api.as(CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", Story.STATION)), 200);
		assertThat(story.status(reference)).isEqualTo("STATION_INBOX");

		expect(api.as(SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", story.officerId(SHO, IO))), 200);
		assertThat(story.status(reference)).isEqualTo("ASSIGNED");

		story.recordWork(reference, IO, true);
		assertThat(story.status(reference)).isEqualTo("UNDER_ENQUIRY");

		expect(story.submitReport(reference, IO), 201);
		assertThat(story.status(reference)).isEqualTo("REPORT_SUBMITTED");

		assertThat(expect(story.approve(reference, SHO, "A"), 200).field("status")).isEqualTo("IN_REVIEW");
		assertThat(expect(story.approve(reference, CO, "B"), 200).field("status")).isEqualTo("IN_REVIEW");
		assertThat(expect(story.approve(reference, ASP, "A"), 200).field("status")).isEqualTo("FEEDBACK_PENDING");

		JsonNode history = expect(api.as(ASP).get("/api/complaints/" + reference + "/history"), 200).json();
		// the story's report is filed minutes after assignment, so each reviewer approved it over the
		// detector's flag with a written reason, recorded just after their move
		assertThat(actions(history)).containsExactly("REGISTER", "ROUTE_TO_DISTRICT", "MARK_TO_STATION", "ASSIGN",
				"START_ENQUIRY", "SUBMIT_REPORT", "FORWARD", "FLAGS_OVERRIDDEN", "FORWARD", "FLAGS_OVERRIDDEN", "DISPOSE",
				"REQUEST_FEEDBACK", "FLAGS_OVERRIDDEN");
		assertThat(history.get(3).get("actorRole").asString()).isEqualTo("SHO");
		assertThat(history.get(3).get("handedTo").asLong()).isEqualTo(story.officerId(SHO, IO));

		JsonNode reviews = expect(api.as(ASP).get("/api/complaints/" + reference + "/reviews"), 200).json();
		assertThat(reviews).hasSize(3);
		assertThat(reviews.get(0).get("level").asString()).isEqualTo("SHO");
		assertThat(reviews.get(2).get("grade").asString()).isEqualTo("A");
	}

	@Test
	void aReportReturnedThreeTimesMovesTheEnquiryToTheCircleOfficer() {
		String reference = story.reported("LAND_DISPUTE");

		expect(story.returnReport(reference, SHO), 200);
		assertThat(story.status(reference)).isEqualTo("RETURNED");
		Story.expect(story.submitReport(reference, IO), 409);
		story.recordFreshContact(reference, IO);
		assertThat(story.status(reference)).isEqualTo("UNDER_ENQUIRY");
		expect(story.submitReport(reference, IO), 201);
		expect(story.approve(reference, SHO, "B"), 200);
		expect(story.returnReport(reference, CO), 200);
		story.recordFreshContact(reference, IO);
		expect(story.submitReport(reference, IO), 201);
		expect(story.returnReport(reference, SHO), 200);

		JsonNode complaint = expect(api.as(ASP).get("/api/complaints/" + reference), 200).json();
		assertThat(complaint.get("returnCount").asInt()).isEqualTo(3);
		long circleOfficer = expect(api.as(CO).get("/api/me"), 200).json().get("officerId").asLong();
		assertThat(complaint.get("enquiryOfficerId").asLong()).isEqualTo(circleOfficer);

		// The IO who had it, a moment after it moved: told it moved meanwhile (409), as a lost race.
		Story.expect(story.submitReport(reference, IO), 409);
		Story.expect(api.as(IO).get("/api/complaints/" + reference), 404);
		story.recordWork(reference, CO, false);
		expect(story.submitReport(reference, CO), 201);
		assertThat(expect(api.as(ASP).get("/api/complaints/" + reference), 200).field("awaitingRole")).isEqualTo("ASP");
		Story.expect(story.approve(reference, CO, "A"), 403);
		assertThat(expect(story.approve(reference, ASP, "B"), 200).field("status")).isEqualTo("FEEDBACK_PENDING");
	}

	@Test
	void aMatterInCourtIsSpeciallyClosedOnlyWithItsCaseNumberAndTheL2OfficersApproval() {
		String reference = story.assigned("LAND_DISPUTE");
		Api io = api.as(IO);
		Api.Response withoutEvidence = io.post("/api/complaints/" + reference + "/special-closure",
				Map.of("subject", "MATTER_IN_COURT", "explanation", "मामला सिविल न्यायालय में विचाराधीन है"));
		assertThat(withoutEvidence.status()).isEqualTo(422);
		assertThat(withoutEvidence.text()).contains("COURT_CASE_NUMBER_MISSING", "CONTACT_ATTEMPT_MISSING",
				"EVIDENCE_MISSING");
		assertThat(story.status(reference)).isEqualTo("ASSIGNED");

		story.triedToReach(reference, IO);
		String order = story.closureEvidence(reference, IO);
		Api.Response dash = io.post("/api/complaints/" + reference + "/special-closure", Map.of("subject",
				"MATTER_IN_COURT", "explanation", "मामला न्यायालय में है", "courtCaseNumber", "-", "evidenceId", order));
		assertThat(dash.status()).isEqualTo(422);
		assertThat(dash.text()).contains("COURT_CASE_NUMBER_INVALID").doesNotContain("CONTACT_ATTEMPT_MISSING");
		assertThat(story.status(reference)).as("the recorded call started the enquiry").isEqualTo("UNDER_ENQUIRY");

		expect(io.post("/api/complaints/" + reference + "/special-closure", Map.of("subject", "MATTER_IN_COURT",
				"explanation", "मामला सिविल न्यायालय में विचाराधीन है", "courtCaseNumber", "OS 118/2026",
				"evidenceId", order)), 201);
		assertThat(story.status(reference)).isEqualTo("SPECIAL_CLOSURE_PROPOSED");

		Story.expect(api.as(SHO).post("/api/complaints/" + reference + "/special-closure/approve",
				Map.of("reason", "ठीक")), 403);
		Api.Response approved = expect(api.as(ASP).post("/api/complaints/" + reference + "/special-closure/approve",
				Map.of("reason", "वाद संख्या की पुष्टि की गई")), 200);
		assertThat(approved.json().get("approved").asBoolean()).isTrue();
		assertThat(story.status(reference)).isEqualTo("SPECIAL_CLOSED");
	}

	@Test
	void aComplaintOutsidePoliceRemitIsTransferredToTheNamedOfficeNeverClosed() {
		String reference = story.filed("REVENUE_MATTER");
		Story.expect(api.as(CELL).post("/api/complaints/" + reference + "/transfer-out",
				Map.of("reason", "राजस्व विभाग का मामला")), 400);
		Api.Response transferred = expect(api.as(CELL).post("/api/complaints/" + reference + "/transfer-out",
				Map.of("receivingOffice", "तहसीलदार, सदर रामपुर", "reason", "राजस्व विभाग का मामला")), 200);
		assertThat(transferred.field("status")).isEqualTo("TRANSFERRED");
		assertThat(transferred.field("outsideOffice")).isEqualTo("तहसीलदार, सदर रामपुर");
		Story.expect(api.as(CELL).post("/api/complaints/" + reference + "/mark",
				Map.of("stationCode", Story.STATION)), 409);
	}

	@Test
	void aComplaintOfAnotherDistrictIsSentToThatDistrictsInbox() {
		String reference = story.filed("THEFT");
		expect(api.as(CELL).post("/api/complaints/" + reference + "/transfer-to-district",
				Map.of("districtCode", "BAREILLY", "reason", "घटना बरेली की है")), 200);
		Story.expect(api.as(CELL).get("/api/complaints/" + reference), 404);
		Story.expect(api.as(ASP).get("/api/complaints/" + reference), 404);
	}

	@Test
	void aStationSendsAWronglyMarkedComplaintBackToTheDistrict() {
		String reference = story.marked("THEFT");
		expect(api.as(SHO).post("/api/complaints/" + reference + "/send-back", Map.of("reason", "यह गंज थाने का है")),
				200);
		assertThat(story.status(reference)).isEqualTo("DISTRICT_INBOX");
		Story.expect(api.as(SHO).get("/api/complaints/" + reference), 404);
	}

	private static List<String> actions(JsonNode history) {
		List<String> actions = new ArrayList<>();
		history.forEach(entry -> actions.add(entry.get("action").asString()));
		return actions;
	}
}
