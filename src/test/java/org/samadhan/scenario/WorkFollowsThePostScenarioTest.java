package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Staff;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Work belongs to the post, not the person: an investigating officer transferred mid-enquiry loses
 * the complaint at once, the SHO hands it to another officer of the station, who finishes it, and
 * the history names both with the posts they held when they acted.
 */
@SamadhanTest
class WorkFollowsThePostScenarioTest {

	static final String ADMIN = "admin.rampur";

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
	void anOfficerTransferredMidEnquiryLosesItAtOnceAndTheShoHandsItToAnotherWhoFinishesIt() {
		Staff.Member first = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_1", "IO");
		Staff.Member second = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_2", "IO");
		String reference = story.marked("LAND_DISPUTE");
		expect(api.as(Story.SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", first.id(), "note", "जाँच करें")), 200);
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		expect(api.as(first.username()).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED", "note", "बात हुई")), 201);
		assertThat(story.status(reference)).isEqualTo("UNDER_ENQUIRY");

		expect(staff.transfer(ADMIN, first.id(), "RAMPUR_GANJ_HALKA_1", "IO"), 200);

		// From that moment the officer who left gets 404, exactly as for a complaint that does not exist.
		expect(api.as(first.username()).get("/api/complaints/" + reference), 404);
		expect(api.as(first.username()).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED", "note", "फिर बात हुई")), 404);
		JsonNode complaint = expect(api.as(Story.SHO).get("/api/complaints/" + reference), 200).json();
		assertThat(complaint.get("status").asString()).isEqualTo("UNDER_ENQUIRY");
		assertThat(complaint.get("enquiryOfficerId").isNull()).isTrue();
		assertThat(references(expect(api.as(Story.SHO).get("/api/complaints/to-reassign"), 200).json()))
			.contains(reference);
		assertThat(references(expect(api.as("sho.ganj").get("/api/complaints/to-reassign"), 200).json()))
			.doesNotContain(reference);

		// A hand-over needs a reason and an IO of the station.
		expect(api.as(Story.SHO).post("/api/complaints/" + reference + "/hand-over",
				Map.of("officerId", second.id())), 400);
		expect(api.as(Story.SHO).post("/api/complaints/" + reference + "/hand-over",
				Map.of("officerId", first.id(), "reason", "वापस")), 400);
		// The station's front desk sees the complaint but may not hand it over; another IO does not even see it.
		expect(api.as("frontdesk.kotwali").post("/api/complaints/" + reference + "/hand-over",
				Map.of("officerId", second.id(), "reason", "स्थानांतरण")), 403);
		expect(api.as(Story.IO).post("/api/complaints/" + reference + "/hand-over",
				Map.of("officerId", second.id(), "reason", "स्थानांतरण")), 404);
		JsonNode handed = expect(api.as(Story.SHO).post("/api/complaints/" + reference + "/hand-over",
				Map.of("officerId", second.id(), "reason", "पूर्व जाँच अधिकारी का स्थानांतरण थाना गंज")), 200).json();
		assertThat(handed.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(references(expect(api.as(Story.SHO).get("/api/complaints/to-reassign"), 200).json()))
			.doesNotContain(reference);

		story.recordWork(reference, second.username(), true);
		expect(story.submitReport(reference, second.username()), 201);
		expect(story.approve(reference, Story.SHO, "A"), 200);
		expect(story.approve(reference, Story.CO, "A"), 200);
		assertThat(expect(story.approve(reference, Story.ASP, "A"), 200).field("status")).isEqualTo("FEEDBACK_PENDING");

		JsonNode history = expect(api.as(Story.ASP).get("/api/complaints/" + reference + "/history"), 200).json();
		assertThat(actions(history)).containsSubsequence("ASSIGN", "START_ENQUIRY", "ENQUIRY_RELEASED", "HAND_OVER",
				"START_ENQUIRY", "SUBMIT_REPORT", "DISPOSE");
		long halka1 = unitId("RAMPUR_KOTWALI_HALKA_1");
		JsonNode firstWork = entry(history, "START_ENQUIRY", 0);
		assertThat(firstWork.get("actorOfficerId").asLong()).isEqualTo(first.id());
		assertThat(firstWork.get("actorPostingUnitId").asLong())
			.as("the history keeps the post the officer held when they acted, not the one they hold now")
			.isEqualTo(halka1);
		assertThat(entry(history, "ASSIGN", 0).get("handedTo").asLong()).isEqualTo(first.id());
		JsonNode released = entry(history, "ENQUIRY_RELEASED", 0);
		assertThat(released.get("reason").asString()).contains("RAMPUR_GANJ_HALKA_1");
		assertThat(released.get("handedTo").isNull()).isTrue();
		JsonNode handOver = entry(history, "HAND_OVER", 0);
		assertThat(handOver.get("handedTo").asLong()).isEqualTo(second.id());
		assertThat(handOver.get("actorRole").asString()).isEqualTo("SHO");
		assertThat(handOver.get("reason").asString()).contains("स्थानांतरण");
		assertThat(entry(history, "SUBMIT_REPORT", 0).get("actorOfficerId").asLong()).isEqualTo(second.id());

		// Who held which post when stays answerable.
		JsonNode record = expect(api.as(ADMIN).get("/api/admin/officers/" + first.id()), 200).json();
		JsonNode postings = record.get("postings");
		assertThat(postings).hasSize(2);
		assertThat(postings.get(0).get("unitCode").asString()).isEqualTo("RAMPUR_GANJ_HALKA_1");
		assertThat(postings.get(0).get("endsOn").isNull()).isTrue();
		assertThat(postings.get(1).get("unitCode").asString()).isEqualTo("RAMPUR_KOTWALI_HALKA_1");
		assertThat(postings.get(1).get("endReason").asString()).isEqualTo("TRANSFERRED");
		JsonNode heldToday = expect(api.as(ADMIN).get("/api/admin/units/RAMPUR_KOTWALI_HALKA_1/holders?on="
				+ Staff.today().minusDays(1)), 200).json();
		assertThat(heldToday.findValuesAsString("username")).doesNotContain(first.username());
	}

	@Test
	void aShoMayHandOverAnEnquiryWhoseOfficerIsStillThereAndTheOfficerNoLongerSeesIt() {
		Staff.Member first = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_1", "IO");
		Staff.Member second = staff.create(ADMIN, "RAMPUR_KOTWALI", "IO");
		String reference = story.marked("THEFT");
		expect(api.as(Story.SHO).post("/api/complaints/" + reference + "/assign", Map.of("officerId", first.id())), 200);
		expect(api.as(Story.CO).post("/api/complaints/" + reference + "/hand-over",
				Map.of("officerId", second.id(), "reason", "अधिक कार्यभार")), 200);
		expect(api.as(first.username()).get("/api/complaints/" + reference), 404);
		expect(api.as(second.username()).get("/api/complaints/" + reference), 200);
	}

	@Test
	void aReportSentBackAfterItsAuthorWasTransferredWaitsForAnotherOfficer() {
		Staff.Member author = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_1", "IO");
		String reference = story.marked("LAND_DISPUTE");
		expect(api.as(Story.SHO).post("/api/complaints/" + reference + "/assign", Map.of("officerId", author.id())),
				200);
		story.recordWork(reference, author.username(), true);
		expect(story.submitReport(reference, author.username()), 201);

		expect(staff.transfer(ADMIN, author.id(), "RAMPUR_GANJ", "IO"), 200);
		// The filed report stays to be reviewed; its author no longer sees the complaint, nor lists it.
		expect(api.as(author.username()).get("/api/complaints/" + reference), 404);
		assertThat(references(expect(api.as(author.username()).get("/api/complaints?mine=true&size=100"), 200).json()))
			.doesNotContain(reference);
		assertThat(story.status(reference)).isEqualTo("REPORT_SUBMITTED");

		expect(story.returnReport(reference, Story.SHO), 200);
		JsonNode complaint = expect(api.as(Story.SHO).get("/api/complaints/" + reference), 200).json();
		assertThat(complaint.get("status").asString()).isEqualTo("RETURNED");
		assertThat(complaint.get("enquiryOfficerId").isNull()).isTrue();
		assertThat(references(expect(api.as(Story.SHO).get("/api/complaints/to-reassign"), 200).json()))
			.contains(reference);
	}

	private long unitId(String code) {
		return jdbc.sql("select id from jurisdiction_unit where code = ?").param(code).query(Long.class).single();
	}

	private static List<String> references(JsonNode list) {
		List<String> references = new ArrayList<>();
		list.forEach(c -> references.add(c.get("reference").asString()));
		return references;
	}

	private static List<String> actions(JsonNode history) {
		List<String> actions = new ArrayList<>();
		history.forEach(h -> actions.add(h.get("action").asString()));
		return actions;
	}

	private static JsonNode entry(JsonNode history, String action, int nth) {
		int seen = 0;
		for (JsonNode h : history) {
			if (h.get("action").asString().equals(action) && seen++ == nth) {
				return h;
			}
		}
		throw new AssertionError("no " + action + " #" + nth + " in " + history);
	}
}
