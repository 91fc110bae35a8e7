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
 * A station's officers leave while it has work in every status: one IO is deactivated, another
 * suspended, and the SHO transferred, with no new SHO posted. Every complaint still has someone real
 * who sees it and can take its next step: the CO acts in the vacant SHO post, enquiries whose officer
 * left wait on the to-reassign list, the deadline gives that wait to the SHO's level.
 */
@SamadhanTest
class NothingIsStuckScenarioTest {

	static final String ADMIN = "admin.rampur";

	static final String CO = "co.city";

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
	void deactivationSuspensionAndTheShosTransferLeaveNoComplaintWithNoOneToActOnIt() {
		String station = staff.station(ADMIN, "RAMPUR_CIRCLE_CITY");
		Staff.Member sho = staff.create(ADMIN, station, "SHO");
		Staff.Member gone = staff.create(ADMIN, station + "_HALKA_1", "IO");
		Staff.Member suspended = staff.create(ADMIN, station + "_HALKA_2", "IO");
		Staff.Member third = staff.create(ADMIN, station + "_HALKA_1", "IO");
		Staff.Member fourth = staff.create(ADMIN, station, "IO");

		String inbox = marked(station);
		String assigned = assignedTo(station, sho, gone);
		String underEnquiry = assignedTo(station, sho, suspended);
		contact(underEnquiry, suspended);
		String returned = reported(station, sho, gone);
		expect(story.returnReport(returned, sho.username()), 200);
		String awaitingSho = reported(station, sho, suspended);
		String awaitingCo = reported(station, sho, gone);
		expect(story.approve(awaitingCo, sho.username(), "A"), 200);
		String closure = assignedTo(station, sho, suspended);
		story.triedToReach(closure, suspended.username());
		expect(api.as(suspended.username()).post("/api/complaints/" + closure + "/special-closure",
				Map.of("subject", "MATTER_IN_COURT", "explanation", "मामला न्यायालय में है", "courtCaseNumber",
						"OS 1/2026", "evidenceId", story.closureEvidence(closure, suspended.username()))), 201);
		String reopened = disposed(station, sho, gone);
		expect(api.as("feedback.rampur").post("/api/feedback/calls/" + reopened,
				Map.of("reached", true, "satisfied", false, "reason", "कार्रवाई नहीं हुई")), 200);
		String feedbackPending = disposed(station, sho, gone);
		assertThat(List.of(inbox, assigned, underEnquiry, returned, awaitingSho, awaitingCo, closure, reopened,
				feedbackPending).stream().map(story::status).toList()).containsExactly("STATION_INBOX", "ASSIGNED",
						"UNDER_ENQUIRY", "RETURNED", "REPORT_SUBMITTED", "IN_REVIEW", "SPECIAL_CLOSURE_PROPOSED",
						"REOPENED", "FEEDBACK_PENDING");

		expect(staff.deactivate(ADMIN, gone.id()), 200);
		expect(staff.suspend(ADMIN, suspended.id()), 200);
		expect(staff.transfer(ADMIN, sho.id(), "RAMPUR_GANJ_HALKA_2", "IO"), 200);

		// Those who left see nothing of the station's work any more.
		for (String reference : List.of(inbox, assigned, awaitingCo)) {
			expect(api.as(sho.username()).get("/api/complaints/" + reference), 404);
		}
		expect(api.as(gone.username()).get("/api/me"), 401);
		expect(api.as(suspended.username()).get("/api/me"), 401);

		// The enquiries whose officer left wait on the to-reassign list, a stage of the SHO's level.
		assertThat(references(expect(api.as(CO).get("/api/complaints/to-reassign?size=100"), 200).json()))
			.contains(assigned, underEnquiry, returned)
			.doesNotContain(inbox, awaitingSho, closure);
		JsonNode clock = expect(api.as(CO).get("/api/deadlines/" + assigned), 200).json();
		assertThat(clock.get("stage").asString()).isEqualTo("REASSIGNMENT");
		assertThat(clock.get("stageOwner").asString()).isEqualTo("SHO");
		assertThat(clock.get("running").asBoolean()).as("the complaint's own limit runs on").isTrue();

		// Someone real takes each one's next step.
		expect(api.as(CO).post("/api/complaints/" + inbox + "/assign", Map.of("officerId", third.id())), 200);
		for (String reference : List.of(assigned, returned)) {
			expect(handOver(CO, reference, third), 200);
		}
		expect(handOver("asp.rampur", underEnquiry, fourth), 200);
		assertThat(expect(story.returnReport(awaitingSho, CO), 200).json().toString()).contains("RETURNED");
		assertThat(expect(api.as(CO).get("/api/complaints/" + awaitingSho), 200).json().get("enquiryOfficerId").isNull())
			.as("sent back after its author was suspended, it waits for another officer")
			.isTrue();
		expect(handOver(CO, awaitingSho, fourth), 200);
		expect(story.approve(awaitingCo, CO, "B"), 200);
		assertThat(expect(story.approve(awaitingCo, Story.ASP, "B"), 200).field("status")).isEqualTo("FEEDBACK_PENDING");
		expect(api.as(Story.ASP).post("/api/complaints/" + closure + "/special-closure/reject",
				Map.of("reason", "जाँच जारी रखें")), 200);
		expect(handOver(CO, closure, fourth), 200);
		expect(api.as(CO).post("/api/complaints/" + reopened + "/reassign",
				Map.of("officerId", third.id(), "note", "नए अधिकारी से जाँच")), 200);
		expect(api.as("feedback.rampur").post("/api/feedback/calls/" + feedbackPending,
				Map.of("reached", true, "satisfied", true, "remarks", "संतुष्ट")), 200);

		assertThat(List.of(inbox, assigned, underEnquiry, returned, awaitingSho, awaitingCo, closure, reopened,
				feedbackPending).stream().map(story::status).toList()).containsExactly("ASSIGNED", "ASSIGNED",
						"ASSIGNED", "ASSIGNED", "ASSIGNED", "FEEDBACK_PENDING", "ASSIGNED", "ASSIGNED", "CLOSED");
		assertThat(references(expect(api.as(CO).get("/api/complaints/to-reassign?size=100"), 200).json()))
			.doesNotContain(assigned, underEnquiry, returned, awaitingSho, closure);
	}

	private Api.Response handOver(String officer, String reference, Staff.Member to) {
		return api.as(officer).post("/api/complaints/" + reference + "/hand-over",
				Map.of("officerId", to.id(), "reason", "पूर्व अधिकारी अब थाने पर नहीं"));
	}

	private String marked(String station) {
		String reference = story.filed("LAND_DISPUTE");
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);
		return reference;
	}

	private String assignedTo(String station, Staff.Member sho, Staff.Member io) {
		String reference = marked(station);
		expect(api.as(sho.username()).post("/api/complaints/" + reference + "/assign", Map.of("officerId", io.id())),
				200);
		return reference;
	}

	private void contact(String reference, Staff.Member io) {
		expect(api.as(io.username()).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "mode", "CALL",
						"outcome", "REACHED", "note", "बात हुई")), 201);
	}

	private String reported(String station, Staff.Member sho, Staff.Member io) {
		String reference = assignedTo(station, sho, io);
		story.recordWork(reference, io.username(), true);
		expect(story.submitReport(reference, io.username()), 201);
		return reference;
	}

	private String disposed(String station, Staff.Member sho, Staff.Member io) {
		String reference = reported(station, sho, io);
		expect(story.approve(reference, sho.username(), "A"), 200);
		expect(story.approve(reference, CO, "A"), 200);
		expect(story.approve(reference, Story.ASP, "A"), 200);
		return reference;
	}

	private static List<String> references(JsonNode list) {
		List<String> references = new ArrayList<>();
		list.forEach(c -> references.add(c.get("reference").asString()));
		return references;
	}
}
