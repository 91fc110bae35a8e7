package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.ASP;
import static org.samadhan.support.Story.CELL;
import static org.samadhan.support.Story.CO;
import static org.samadhan.support.Story.IO;
import static org.samadhan.support.Story.SHO;
import static org.samadhan.support.Story.STATION;
import static org.samadhan.support.Story.expect;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.ExifJpeg;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The paper-disposal detector through the API: each rule trips on a report made to trip it, an
 * honest report trips none, and reviewers see the flags with their evidence and approve a flagged
 * report only with a written reason.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
class PaperDisposalDetectorScenarioTest {

	static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	static final double LAT = 28.81;

	static final double LON = 79.03;

	static final String[] WORDS = { "शिकायतकर्ता", "विपक्षी", "मौके", "जाँच", "गवाह", "पड़ोसी", "खेत", "मकान", "दीवार",
			"रास्ता", "नाली", "पैसा", "उधार", "मारपीट", "गाली", "धमकी", "चोरी", "मोबाइल", "बकरी", "ट्रैक्टर", "समझौता",
			"चेतावनी", "पाबंद", "थाने", "बुलाया", "बयान", "लिया", "गया", "दर्ज", "किया", "समझाया", "शांति", "भंग",
			"आशंका", "नहीं", "पाई", "हुई", "वापस", "दिलाया", "नापजोख", "लेखपाल", "हल्का", "बीट", "सिपाही", "रात",
			"सुबह", "बाजार", "मंदिर", "स्कूल", "बिजली" };

	static final String[] HINDI_MONTHS = { "जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
			"अक्टूबर", "नवंबर", "दिसंबर" };

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

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
	void anHonestReportTripsNoRuleAndIsApprovedWithoutAReason() {
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofHours(3));
		honestWork(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201);

		JsonNode flags = flags(reference, SHO);
		assertThat(flags.get("current").get("flags")).isEmpty();
		assertThat(flags.get("earlierRounds")).isEmpty();
		expect(api.as(SHO).post(approvePath(reference), Map.of("grade", "A")), 200);
	}

	@Test
	void aReportFiledMinutesAfterAssignmentIsFlaggedWithItsTimesInTheReadersLanguage() {
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofMinutes(30));
		honestWork(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201);

		assertThat(codes(reference)).containsExactly("FILED_TOO_FAST");
		JsonNode flag = flags(reference, SHO).get("current").get("flags").get(0);
		assertThat(flag.get("data").get("minutesTaken").asLong()).isEqualTo(30);
		assertThat(flag.get("data").get("limitMinutes").asLong()).isEqualTo(120);
		assertThat(flag.get("evidence").asString()).contains("30 minutes", "120");
		JsonNode inHindi = expect(api.as(SHO).inHindi().get("/api/complaints/" + reference + "/flags"), 200).json();
		assertThat(inHindi.get("current").get("flags").get(0).get("evidence").asString()).contains("30 मिनट");
	}

	@Test
	void aContactDatedAfterTheReportIsFlagged() {
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofHours(3));
		honestWork(reference, IO);
		// the device clock runs four minutes ahead: the contact claims a time after the report
		contact(reference, IO, clock.instant().plus(Duration.ofMinutes(4)), "CALL", "REACHED");
		expect(file(reference, IO, uniqueFindings(), null), 201);

		assertThat(codes(reference)).containsExactly("CONTACT_AFTER_REPORT");
	}

	@Test
	void aReportWhoseOnlyReachingContactWasAnSmsIsFlagged() {
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofHours(3));
		Instant at = clock.instant().minus(Duration.ofMinutes(30));
		contact(reference, IO, at, "CALL", "UNREACHABLE");
		contact(reference, IO, at, "SMS", "REACHED");
		visit(reference, IO, at, LAT, LON, photoAt(at, LAT, LON));
		statements(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201);

		assertThat(codes(reference)).containsExactly("NO_REACHING_CONTACT");
	}

	@Test
	void aVisitLoggedFiveKilometresFromTheIncidentIsFlaggedWithTheDistance() {
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofHours(3));
		Instant at = clock.instant().minus(Duration.ofMinutes(30));
		contact(reference, IO, at, "CALL", "REACHED");
		visit(reference, IO, at, LAT + 0.045, LON, photoAt(at, LAT + 0.045, LON));
		statements(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201);

		assertThat(codes(reference)).containsExactly("VISIT_FAR_FROM_INCIDENT");
		JsonNode data = flags(reference, CO).get("current").get("flags").get(0).get("data");
		assertThat(data.get("distanceMeters").asLong()).isBetween(4900L, 5100L);
		assertThat(data.get("incidentLatitude").asDouble()).isEqualTo(LAT);
	}

	@Test
	void aPhotoWhoseExifTimeAndPlaceDisagreeWithTheVisitIsFlaggedTwice() {
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofHours(3));
		Instant at = clock.instant().minus(Duration.ofMinutes(30));
		contact(reference, IO, at, "CALL", "REACHED");
		// taken three days earlier, in Delhi
		visit(reference, IO, at, LAT, LON, photoAt(at.minus(Duration.ofDays(3)), 28.6139, 77.2090));
		statements(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201);

		assertThat(codes(reference)).containsExactly("PHOTO_DISAGREES", "PHOTO_DISAGREES");
		JsonNode flags = flags(reference, SHO).get("current").get("flags");
		assertThat(flags.get(0).get("data").get("minutesApart").asLong()).isEqualTo(3 * 24 * 60);
		assertThat(flags.get(1).get("data").get("distanceMeters").asLong()).isGreaterThan(100_000);
	}

	@Test
	void aReportPastedFromTheOfficersEarlierReportIsFlaggedWithTheOtherReference() {
		String findings = uniqueFindings();
		String first = assigned(complaint(Story.freshMobile()));
		String second = assigned(complaint(Story.freshMobile()));
		String otherOfficers = assigned(complaint(Story.freshMobile()), "io.kotwali.2");
		clock.advance(Duration.ofHours(3));
		honestWork(first, IO);
		expect(file(first, IO, findings, null), 201);
		honestWork(second, IO);
		expect(file(second, IO, findings.replaceFirst(" ", " फिर "), null), 201);
		honestWork(otherOfficers, "io.kotwali.2");
		expect(file(otherOfficers, "io.kotwali.2", findings, null), 201);

		assertThat(codes(first)).isEmpty();
		assertThat(codes(second)).containsExactly("TEXT_NEARLY_IDENTICAL");
		JsonNode flag = flags(second, SHO).get("current").get("flags").get(0);
		assertThat(flag.get("data").get("otherReference").asString()).isEqualTo(first);
		assertThat(flag.get("data").get("sameOfficer").asBoolean()).isTrue();
		assertThat(flag.get("evidence").asString()).contains(first);
		// another officer of the same station pasted it too: flagged against both
		JsonNode station = flags(otherOfficers, SHO).get("current").get("flags");
		assertThat(station).hasSize(2);
		assertThat(station.get(0).get("data").get("sameOfficer").asBoolean()).isFalse();
		assertThat(station.get(0).get("data").get("sameStation").asBoolean()).isTrue();
	}

	@Test
	void aReportCopiedWithTheNamesVillageAndDatesChangedIsStillFlagged() {
		String body = uniqueFindings();
		Map<String, Object> one = complaint(Story.freshMobile());
		one.put("complainant", Map.of("name", "सीता देवी", "mobile", Story.freshMobile()));
		one.put("incidentAddress", "ग्राम पटवाई");
		Map<String, Object> two = complaint(Story.freshMobile());
		two.put("complainant", Map.of("name", "नसीम अहमद", "mobile", Story.freshMobile()));
		two.put("incidentAddress", "ग्राम धनेली");
		String first = assigned(one);
		String second = assigned(two);
		clock.advance(Duration.ofHours(3));
		honestWork(first, IO);
		expect(file(first, IO, "दिनांक 12.11.2026 को शिकायतकर्ता सीता देवी से ग्राम पटवाई में भेंट की गई। " + body
				+ " दिनांक 14 नवंबर 2026 को समझौता हुआ।", null), 201);
		honestWork(second, IO);
		expect(file(second, IO, "दिनांक 02.12.2026 को शिकायतकर्ता नसीम अहमद से ग्राम धनेली में भेंट की गई। " + body
				+ " दिनांक 3 दिसंबर 2026 को समझौता हुआ।", null), 201);

		assertThat(codes(second)).contains("TEXT_NEARLY_IDENTICAL");
	}

	@Test
	void aHearingFixedForAfterTheReportIsFlagged() {
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofHours(3));
		honestWork(reference, IO);
		LocalDate hearing = LocalDate.ofInstant(clock.instant(), IST).plusDays(10);
		expect(file(reference, IO, uniqueFindings(), hearing), 201);

		assertThat(codes(reference)).containsExactly("HEARING_AFTER_DISPOSAL");
		assertThat(flags(reference, SHO).get("current").get("flags").get(0).get("data").get("hearingOn").asString())
			.isEqualTo(hearing.toString());
		assertThat(expect(api.as(SHO).get("/api/complaints/" + reference + "/enquiry"), 200).json()
			.get("reports").get(0).get("nextHearingOn").asString()).isEqualTo(hearing.toString());
	}

	/**
	 * The probe's finding: the same hearing written in the findings as 16.12.2026 was flagged, as
	 * "16 दिसंबर 2026" it escaped. Both are flagged now, with the same date; a month alone is no date.
	 */
	@Test
	void aHearingDateWrittenInWordsIsFlaggedLikeTheSameDateInFigures() {
		LocalDate hearing = LocalDate.ofInstant(clock.instant(), IST).plusDays(12);
		String inFigures = hearing.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		String inWords = hearing.getDayOfMonth() + " " + HINDI_MONTHS[hearing.getMonthValue() - 1] + " " + hearing.getYear();
		for (String date : List.of(inFigures, inWords)) {
			String reference = assigned(complaint(Story.freshMobile()));
			clock.advance(Duration.ofHours(3));
			honestWork(reference, IO);
			expect(file(reference, IO, uniqueFindings() + " दोनों पक्षों को सुनवाई हेतु " + date + " को थाने पर बुलाया गया है।",
					null), 201);

			assertThat(codes(reference)).as(date).containsExactly("HEARING_AFTER_DISPOSAL");
			JsonNode data = flags(reference, SHO).get("current").get("flags").get(0).get("data");
			assertThat(data.get("hearingOn").asString()).isEqualTo(hearing.toString());
			assertThat(data.get("source").asString()).isEqualTo("text");
		}
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofHours(3));
		honestWork(reference, IO);
		expect(file(reference, IO, uniqueFindings() + " दोनों पक्षों को " + HINDI_MONTHS[hearing.getMonthValue() - 1]
				+ " में फिर बुलाया जाएगा।", null), 201);
		assertThat(codes(reference)).isEmpty();
	}

	@Test
	void aHearingHeldBeforeTheReportIsNotFlagged() {
		String reference = assigned(complaint(Story.freshMobile()));
		clock.advance(Duration.ofHours(3));
		honestWork(reference, IO);
		expect(file(reference, IO, uniqueFindings(), LocalDate.ofInstant(clock.instant(), IST)), 201);

		assertThat(codes(reference)).isEmpty();
	}

	@Test
	void aDummyComplainantMobileIsFlagged() {
		// eight of one digit in a row, as a desk fills the field to get past it (random, so that
		// repeated runs on one database stay under the monthly limit per mobile)
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String dummy = (6 + random.nextInt(4)) + String.valueOf(random.nextInt(10)).repeat(8) + random.nextInt(10);
		String reference = assigned(complaint(dummy));
		clock.advance(Duration.ofHours(3));
		honestWork(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201);

		assertThat(codes(reference)).containsExactly("MOBILE_MISSING_OR_MASKED");
	}

	@Test
	void aFlaggedReportIsApprovedOnlyWithAWrittenReasonAtEachLevelWhichIsRecorded() {
		String reference = assigned(complaint(Story.freshMobile()));
		honestWork(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201); // filed at once: FILED_TOO_FAST

		Api.Response refused = api.as(SHO).post(approvePath(reference), Map.of("grade", "B"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.field("code")).isEqualTo("scrutiny.override.reason-required");
		assertThat(refused.json().get("reasons").get(0).get("code").asString()).isEqualTo("FILED_TOO_FAST");
		assertThat(refused.json().get("reasons").get(0).get("message").asString()).contains("minutes");
		assertThat(story.status(reference)).isEqualTo("REPORT_SUBMITTED");
		assertThat(count("select count(*) from review_decision d join complaint c on c.id = d.complaint_id "
				+ "where c.reference = ?", reference)).isZero();
		assertThat(api.as(SHO).inHindi().post(approvePath(reference), Map.of("grade", "B", "flagOverrideReason", " "))
			.field("detail")).contains("लिखित कारण");

		expect(api.as(SHO).post(approvePath(reference),
				Map.of("grade", "B", "flagOverrideReason", "आईओ उसी दिन मौके पर था; शिकायतकर्ता से फोन पर पुष्टि की")), 200);
		assertThat(story.status(reference)).isEqualTo("IN_REVIEW");
		JsonNode overrides = flags(reference, CO).get("current").get("overrides");
		assertThat(overrides).hasSize(1);
		assertThat(overrides.get(0).get("level").asString()).isEqualTo("SHO");
		assertThat(overrides.get(0).get("codes").get(0).asString()).isEqualTo("FILED_TOO_FAST");
		JsonNode history = expect(api.as(CO).get("/api/complaints/" + reference + "/history"), 200).json();
		assertThat(history.findValuesAsString("action")).contains("FLAGS_OVERRIDDEN");

		// the circle officer answers for their own approval
		assertThat(api.as(CO).post(approvePath(reference), Map.of("grade", "B")).status()).isEqualTo(422);
		expect(api.as(CO).post(approvePath(reference), Map.of("grade", "B", "flagOverrideReason", "देखा, ठीक")), 200);
		assertThat(count("select count(*) from scrutiny_override o join complaint c on c.id = o.complaint_id "
				+ "where c.reference = ?", reference)).isEqualTo(2);
		// the reviewer's desk shows the report, its flags and the decisions
		JsonNode desk = expect(api.as(ASP).get("/api/complaints/" + reference + "/review"), 200).json();
		assertThat(desk.get("flags").get("current").get("flags").get(0).get("code").asString())
			.isEqualTo("FILED_TOO_FAST");
		assertThat(desk.get("decisions")).hasSize(2);
		assertThat(desk.get("report").get("findings").asString()).isNotBlank();
	}

	@Test
	void returningAFlaggedReportNeedsNoReasonAndTheRefiledReportIsCheckedAfresh() {
		String reference = assigned(complaint(Story.freshMobile()));
		honestWork(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201);
		assertThat(codes(reference)).containsExactly("FILED_TOO_FAST");

		expect(story.returnReport(reference, SHO), 200);
		clock.advance(Duration.ofHours(5));
		contact(reference, IO, clock.instant().minus(Duration.ofMinutes(5)), "VISIT", "REACHED");
		expect(file(reference, IO, uniqueFindings(), null), 201);

		JsonNode flags = flags(reference, SHO);
		assertThat(flags.get("current").get("flags")).isEmpty();
		assertThat(flags.get("earlierRounds")).hasSize(1);
		assertThat(flags.get("earlierRounds").get(0).get("flags").get(0).get("code").asString())
			.isEqualTo("FILED_TOO_FAST");
		expect(api.as(SHO).post(approvePath(reference), Map.of("grade", "A")), 200);
	}

	@Test
	void onlyThoseWhoReadTheCaseFileSeeTheFlags() {
		String reference = assigned(complaint(Story.freshMobile()));
		honestWork(reference, IO);
		expect(file(reference, IO, uniqueFindings(), null), 201);

		expect(api.as(IO).get("/api/complaints/" + reference + "/flags"), 200);
		expect(api.as("frontdesk.kotwali").get("/api/complaints/" + reference + "/flags"), 403);
		expect(api.as("sho.ganj").get("/api/complaints/" + reference + "/flags"), 404);
	}

	// --- the story's steps, on the movable clock

	Map<String, Object> complaint(String mobile) {
		Map<String, Object> body = new HashMap<>(Story.complaint(mobile, "LAND_DISPUTE"));
		// a description of its own, so that complaints of different tests are not repeats of each other
		body.put("description", uniqueFindings());
		return body;
	}

	String assigned(Map<String, Object> complaint) {
		return assigned(complaint, IO);
	}

	String assigned(Map<String, Object> complaint, String officer) {
		Api.Response filed = expect(api.anonymous().post("/api/public/complaints", complaint), 201);
		String reference = filed.field("reference");
		expect(api.as(CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", STATION)), 200);
		expect(api.as(SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", story.officerId(SHO, officer), "note", "जाँच करें")), 200);
		return reference;
	}

	/** A reaching call, a visit at the incident with a photo taken there and then, the statements. */
	void honestWork(String reference, String officer) {
		Instant at = clock.instant().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
		contact(reference, officer, at, "CALL", "REACHED");
		visit(reference, officer, at, LAT + 0.0005, LON, photoAt(at.plus(Duration.ofMinutes(5)), LAT + 0.0006, LON));
		statements(reference, officer);
	}

	void contact(String reference, String officer, Instant at, String mode, String outcome) {
		expect(api.as(officer).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", at.toString(), "mode", mode, "outcome", outcome)), 201);
	}

	void visit(String reference, String officer, Instant at, double lat, double lon, byte[] photo) {
		String visit = expect(api.as(officer).post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", at.toString(), "latitude", lat, "longitude", lon, "accuracyMeters", 8.0)), 201)
			.field("id");
		expect(api.as(officer).upload("/api/complaints/" + reference + "/visits/" + visit + "/photos", "spot.jpg", photo),
				201);
	}

	void statements(String reference, String officer) {
		expect(api.as(officer).post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश कुमार", "text", "मेरी मेड़ तोड़ी गई।")), 201);
		expect(api.as(officer).post("/api/complaints/" + reference + "/statements",
				Map.of("party", "OPPOSITE_PARTY", "personName", "सुरेश", "text", "मैंने कुछ नहीं तोड़ा।")), 201);
	}

	/** A photo with this EXIF time and place, and bytes of its own (two complaints' photos are never one file). */
	static byte[] photoAt(Instant at, double lat, double lon) {
		return Story.distinct(ExifJpeg.photo().takenAt(LocalDateTime.ofInstant(at, IST)).at(lat, lon).bytes());
	}

	Api.Response file(String reference, String officer, String findings, LocalDate hearing) {
		Map<String, Object> body = new HashMap<>(Map.of("findings", findings, "actionTaken", "MEDIATION"));
		if (hearing != null) {
			body.put("nextHearingOn", hearing.toString());
		}
		return api.as(officer).post("/api/complaints/" + reference + "/report", body);
	}

	JsonNode flags(String reference, String reader) {
		return expect(api.as(reader).get("/api/complaints/" + reference + "/flags"), 200).json();
	}

	List<String> codes(String reference) {
		List<String> codes = new ArrayList<>();
		flags(reference, SHO).get("current").get("flags").forEach(f -> codes.add(f.get("code").asString()));
		return codes;
	}

	long count(String sql, String reference) {
		return jdbc.sql(sql).param(reference).query(Long.class).single();
	}

	static String approvePath(String reference) {
		return "/api/complaints/" + reference + "/review/approve";
	}

	/** Thirty words drawn at random: two such texts share few 5-grams. */
	static String uniqueFindings() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 30; i++) {
			text.append(WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)]).append(' ');
		}
		return text.toString().strip() + "।";
	}
}
