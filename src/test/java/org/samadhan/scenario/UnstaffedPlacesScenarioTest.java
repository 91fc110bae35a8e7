package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.deadline.DeadlineSweep;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Staff;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Unstaffed places never swallow a complaint. A district no one receives yet (74 of 75 before they
 * are set up) sends its complaints to the state's IGRS cell, which sees them, can send them on, and
 * is what their clock escalates to; with no one at the state either, filing is refused with the
 * helpline's number. A station with no SHO does not take complaints straight into its inbox.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
class UnstaffedPlacesScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	DeadlineSweep sweep;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port);
	}

	@Test
	void aComplaintToADistrictNoOneReceivesGoesToTheStateCellWhichSeesItAndIsWhatItsClockEscalatesTo() {
		String reference = filedTo("AGRA");
		JsonNode complaint = expect(api.as("cell.up").get("/api/complaints/" + reference), 200).json();
		assertThat(complaint.get("status").asString()).isEqualTo("DISTRICT_INBOX");
		assertThat(facts(reference, "ROUTE_TO_DISTRICT").get(0)).contains("state IGRS cell");
		assertThat(references(expect(api.as("cell.up").get("/api/complaints?status=DISTRICT_INBOX&size=100"), 200)
			.json())).contains(reference);
		expect(api.as("cell.rampur").get("/api/complaints/" + reference), 404);

		// Its marking stage (one day) runs out: the ASP's and SP's posts are vacant, so the
		// escalation past them reaches the state cell.
		for (int day = 0; day < 6; day++) {
			clock.advance(Duration.ofDays(1));
			sweep.sweep();
		}
		List<String> escalations = facts(reference, "ESCALATED");
		assertThat(escalations).hasSize(2);
		assertThat(escalations.get(0)).contains("to ASP").contains("post vacant");
		assertThat(escalations.get(1)).contains("to SP").contains("State IGRS cell UP");
		assertThat(jdbc.sql("""
				select count(*) from notification_outbox o join complaint c on c.id = o.complaint_id
				where c.reference = ? and o.template = 'escalated' and o.recipient = '9000000902'""")
			.param(reference)
			.query(Long.class)
			.single()).isEqualTo(1);

		// The state cell sends it on, as the district's own cell would.
		expect(api.as("cell.up").post("/api/complaints/" + reference + "/transfer-out",
				Map.of("receivingOffice", "आईजीआरएस पोर्टल, जनपद आगरा", "reason", "जनपद अभी समाधान पर नहीं")), 200);
	}

	@Test
	void withNoOneAtTheStateEitherFilingToSuchADistrictIsRefusedWithTheHelplineNumber() {
		long cell = jdbc.sql("select id from jurisdiction_officer where username = 'cell.up'").query(Long.class).single();
		Staff staff = new Staff(api, jdbc);
		expect(staff.suspend("admin.up", cell), 200);
		try {
			Map<String, Object> body = body("AGRA");
			Api.Response refused = api.anonymous().inHindi().post("/api/public/complaints", body);
			assertThat(expect(refused, 409).field("code")).isEqualTo("complaint.district.not-served");
			assertThat(refused.field("detail")).contains("1076").contains("आगरा");
			expect(api.anonymous().post("/api/public/complaints", body("RAMPUR")), 201);
		}
		finally {
			expect(api.as("admin.up").post("/api/admin/officers/" + cell + "/postings", Map.of("unitCode", "UP", "roles",
					List.of("IGRS_CELL"), "from", clock.instant().atZone(clock.getZone()).toLocalDate().toString(),
					"version", staff.version("admin.up", cell))), 200);
		}
	}

	@Test
	void aComplaintHeardAtAStationWithNoShoWaitsInTheDistrictInboxInstead() {
		Staff staff = new Staff(api, jdbc);
		String station = staff.station("admin.rampur", "RAMPUR_CIRCLE_CITY");
		Staff.Member desk = staff.create("admin.rampur", station, "OPERATOR");
		Map<String, Object> body = body("RAMPUR");
		body.put("channel", "SAMADHAN_DIWAS");
		body.put("stationCode", station);
		String reference = expect(api.as(desk.username()).post("/api/complaints", body), 201).field("reference");
		assertThat(expect(api.as(Story.CELL).get("/api/complaints/" + reference), 200).field("status"))
			.isEqualTo("DISTRICT_INBOX");
		assertThat(facts(reference, "ROUTE_TO_DISTRICT").get(0)).contains("has no SHO posted");
	}

	private String filedTo(String district) {
		return expect(api.anonymous().post("/api/public/complaints", body(district)), 201).field("reference");
	}

	private Map<String, Object> body(String district) {
		Map<String, Object> body = Story.complaint(Story.freshMobile(), "THEFT");
		body.put("districtCode", district);
		body.put("incidentDate", clock.instant().atZone(clock.getZone()).toLocalDate().minusDays(1).toString());
		return body;
	}

	private List<String> facts(String reference, String action) {
		JsonNode history = expect(api.as("cell.up").get("/api/complaints/" + reference + "/history"), 200).json();
		List<String> reasons = new ArrayList<>();
		history.forEach(h -> {
			if (h.get("action").asString().equals(action)) {
				reasons.add(h.get("reason").asString());
			}
		});
		return reasons;
	}

	private static List<String> references(JsonNode list) {
		List<String> references = new ArrayList<>();
		list.forEach(c -> references.add(c.get("reference").asString()));
		return references;
	}
}
