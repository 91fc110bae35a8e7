package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.IO;
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
import org.samadhan.support.Story;
import org.springframework.boot.test.web.server.LocalServerPort;

/** No paper disposals: a report is refused until the record shows real work, and says what is missing. */
@SamadhanTest
class ReportSubmissionTest {

	@LocalServerPort
	int port;

	Api api;

	Story story;

	String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
	}

	@Test
	void refusesAReportWithNoWorkAndNamesEveryMissingPiece() {
		String reference = story.assigned("LAND_DISPUTE");
		expect(api.as(IO).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "UNREACHABLE")), 201);
		Api.Response refused = story.submitReport(reference, IO);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(codes(refused)).containsExactly("CONTACT_MISSING", "SITE_VISIT_MISSING",
				"COMPLAINANT_STATEMENT_MISSING", "OPPOSITE_PARTY_STATEMENT_MISSING");
		assertThat(story.status(reference)).isEqualTo("UNDER_ENQUIRY");
		assertThat(expect(api.as(IO).get("/api/complaints/" + reference + "/enquiry"), 200).json().get("reports"))
			.isEmpty();
	}

	@Test
	void refusesAReportWhoseOnlyContactDidNotReachTheComplainant() {
		String reference = story.assigned("THEFT");
		Api io = api.as(IO);
		expect(io.post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "UNREACHABLE")), 201);
		photographedVisit(reference);
		expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश", "text", "बयान")), 201);
		Api.Response refused = api.as(IO).inHindi().post("/api/complaints/" + reference + "/report",
				Map.of("findings", "जाँच की गई", "actionTaken", "WARNING"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(codes(refused)).containsExactly("CONTACT_MISSING");
		assertThat(refused.json().get("reasons").get(0).get("message").asString()).contains("शिकायतकर्ता से बात होना दर्ज नहीं है");

		expect(io.post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "VISIT", "outcome", "REACHED")), 201);
		expect(story.submitReport(reference, IO), 201);
	}

	@Test
	void refusesAReportWhoseSiteVisitHasNoPhoto() {
		String reference = story.assigned("THEFT");
		Api io = api.as(IO);
		expect(io.post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED")), 201);
		String visit = expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", now, "latitude", 28.81, "longitude", 79.03)), 201).field("id");
		expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश", "text", "बयान")), 201);
		Api.Response refused = story.submitReport(reference, IO);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(codes(refused)).containsExactly("SITE_PHOTO_MISSING");
		assertThat(refused.json().get("reasons").get(0).get("message").asString()).contains("photo");

		expect(io.upload("/api/complaints/" + reference + "/visits/" + visit + "/photos", "spot.jpg", Story.sitePhoto()), 201);
		expect(story.submitReport(reference, IO), 201);
	}

	@Test
	void refusesAnFirActionWithoutItsNumber() {
		String reference = story.enquired("ASSAULT");
		Api.Response refused = api.as(IO).post("/api/complaints/" + reference + "/report",
				Map.of("findings", "संज्ञेय अपराध", "actionTaken", "FIR_REGISTERED"));
		assertThat(codes(refused)).containsExactly("FIR_NUMBER_MISSING");
		expect(api.as(IO).post("/api/complaints/" + reference + "/report",
				Map.of("findings", "संज्ञेय अपराध", "actionTaken", "FIR_REGISTERED", "firNumber", "0412/2026")), 201);
	}

	@Test
	void refusesWorkDatedInTheFutureOrRecordedByAnotherOfficer() {
		String reference = story.assigned("THEFT");
		String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).toString();
		Api.Response future = api.as(IO).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", tomorrow, "mode", "CALL", "outcome", "REACHED"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("contactedAt");
		Api.Response bySho = api.as(Story.SHO).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED"));
		assertThat(bySho.status()).isEqualTo(403);
		assertThat(story.status(reference)).isEqualTo("ASSIGNED");
	}

	private void photographedVisit(String reference) {
		Api io = api.as(IO);
		String visit = expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", now, "latitude", 28.81, "longitude", 79.03)), 201).field("id");
		expect(io.upload("/api/complaints/" + reference + "/visits/" + visit + "/photos", "spot.jpg", Story.sitePhoto()), 201);
	}

	private static List<String> codes(Api.Response refused) {
		List<String> codes = new ArrayList<>();
		refused.json().get("reasons").forEach(r -> codes.add(r.get("code").asString()));
		return codes;
	}
}
