package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.samadhan.support.Story.expect;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.complaint.Complaints;
import org.samadhan.deadline.DeadlineSweep;
import org.samadhan.deadline.Deadlines;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Time limits as a police district lives them, on the gazetted calendar of 2026: due dates that
 * skip holidays, stage clocks that escalate level by level, the warning and the defaulter mark
 * given once, pauses a supervisor approves, and a fresh limit for a reopened complaint. The clock
 * is set to the dates of each story and moved, never slept on; the sweep is run by hand.
 */
@SamadhanTest
@Import({ MovableClock.Config.class, RecordingSmsGateway.Config.class })
@TestPropertySource(properties = "samadhan.deadline.sweep.batch-size=50")
class DeadlineScenarioTest {

	private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	private static final String SHO = Story.SHO;

	private static final String IO = Story.IO;

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Complaints complaints;

	@Autowired
	Jurisdiction jurisdiction;

	@Autowired
	Deadlines deadlines;

	@Autowired
	PlatformTransactionManager transactions;

	private Api api;

	private Story story;

	@BeforeEach
	void setUp() {
		api = Api.at(port);
		story = new Story(api);
	}

	@Test
	void aPortalComplaintIsDueThirtyDaysLaterOnTheWorkingDayAfterTheDeepawaliHolidays() {
		at("2026-10-10T11:00");
		String reference = filed();

		JsonNode deadline = deadline(reference, Story.CELL);
		assertThat(deadline.get("counting").asString()).isEqualTo("CALENDAR");
		assertThat(deadline.get("limitDays").asInt()).isEqualTo(30);
		// 9 November is Govardhan Puja: the limit ends on Tuesday 10 November.
		assertThat(deadline.get("dueOn").asString()).isEqualTo("2026-11-10");
		assertThat(deadline.get("stage").asString()).isEqualTo("MARKING");
		assertThat(deadline.get("stageOwner").asString()).isEqualTo("IGRS_CELL");
		// A day to mark it; 11 October is a Sunday.
		assertThat(deadline.get("stageDueOn").asString()).isEqualTo("2026-10-12");
		JsonNode complaint = expect(api.as(Story.CELL).get("/api/complaints/" + reference), 200).json();
		assertThat(complaint.get("due").get("dueOn").asString()).isEqualTo("2026-11-10");
	}

	@Test
	void theComplainantIsToldTheDueDateOnTheReceiptAndInTheAcknowledgementSms() {
		at("2026-10-10T11:00");
		String mobile = Story.freshMobile();
		Api.Response receipt = expect(api.anonymous().post("/api/public/complaints", complaintBody(mobile)), 201);

		assertThat(receipt.field("dueOn")).isEqualTo("2026-11-10");
		assertThat(sms.textsTo(mobile)).singleElement()
			.asString()
			.contains(receipt.field("reference"))
			.contains("10-11-2026");
	}

	@Test
	void aSamadhanDiwasComplaintIsDueInFiveWorkingDaysPastSundayAndTwoHolidays() {
		at("2026-03-28T11:00");
		Map<String, Object> body = complaintBody();
		body.put("channel", "SAMADHAN_DIWAS");
		body.put("stationCode", Story.STATION);
		Api.Response registered = expect(api.as("frontdesk.kotwali").post("/api/complaints", body), 201);
		String reference = registered.field("reference");

		JsonNode deadline = deadline(reference, SHO);
		assertThat(deadline.get("counting").asString()).isEqualTo("WORKING");
		assertThat(deadline.get("limitDays").asInt()).isEqualTo(5);
		assertThat(deadline.get("dueOn").asString()).isEqualTo("2026-04-06");
		assertThat(deadline.get("stage").asString()).isEqualTo("ASSIGNMENT");
		assertThat(deadline.get("stageOwner").asString()).isEqualTo("SHO");
	}

	@Test
	void anOverdueEnquiryEscalatesLevelByLevelUpTheChainAndTheDefaulterIsMarkedOnce() {
		at("2026-10-12T10:00");
		String reference = assigned();
		JsonNode deadline = deadline(reference, SHO);
		// 30 days end on Bhai Dooj (11 November): due on the 12th. The enquiry has 15 days.
		assertThat(deadline.get("dueOn").asString()).isEqualTo("2026-11-12");
		assertThat(deadline.get("stage").asString()).isEqualTo("ENQUIRY");
		assertThat(deadline.get("stageOwner").asString()).isEqualTo("IO");
		assertThat(deadline.get("stageDueOn").asString()).isEqualTo("2026-10-27");

		sweepAt("2026-10-27T23:59");
		assertThat(facts(reference, "ESCALATED")).isEmpty();

		sweepAt("2026-10-28T00:01");
		assertThat(facts(reference, "ESCALATED")).singleElement().asString().contains("ENQUIRY").contains("SHO");
		assertThat(messages(reference, "escalated")).containsExactly(mobileOf(SHO));
		sweep.sweep();
		assertThat(facts(reference, "ESCALATED")).hasSize(1);

		sweepAt("2026-10-29T23:59");
		assertThat(facts(reference, "ESCALATED")).hasSize(1);
		sweepAt("2026-10-30T00:01");
		assertThat(facts(reference, "ESCALATED")).hasSize(2).last().asString().contains("to CO");
		sweepAt("2026-11-01T00:01");
		assertThat(facts(reference, "ESCALATED")).hasSize(3).last().asString().contains("to ASP");
		sweepAt("2026-11-03T00:01");
		assertThat(facts(reference, "ESCALATED")).hasSize(4).last().asString().contains("to SP");
		assertThat(messages(reference, "escalated")).containsExactly(mobileOf(SHO), mobileOf(Story.CO),
				mobileOf(Story.ASP), mobileOf("sp.rampur"));
		deadline = deadline(reference, Story.ASP);
		assertThat(deadline.get("escalatedTo").asString()).isEqualTo("SP");
		assertThat(deadline.get("escalationLevel").asInt()).isEqualTo(4);
		assertThat(deadline.get("standing").asString()).isEqualTo("OVERDUE");
		assertThat(deadline.get("escalations")).extracting(e -> e.get("toRole").asString())
			.containsExactly("SHO", "CO", "ASP", "SP");

		// The SP is the top: nothing more escalates. The warning comes three days before the
		// limit, brought forward to Saturday 7 November over Govardhan Puja and Deepawali.
		sweepAt("2026-11-06T23:59");
		assertThat(facts(reference, "ESCALATED")).hasSize(4);
		assertThat(facts(reference, "DEADLINE_NEAR")).isEmpty();
		sweepAt("2026-11-07T00:01");
		sweep.sweep();
		assertThat(facts(reference, "DEADLINE_NEAR")).hasSize(1);
		assertThat(messages(reference, "deadline-near")).containsExactlyInAnyOrder(mobileOf(IO), mobileOf(SHO));

		sweepAt("2026-11-12T23:59");
		assertThat(facts(reference, "DEFAULTED")).isEmpty();
		sweepAt("2026-11-13T00:01");
		sweepAt("2026-11-20T10:00");
		assertThat(facts(reference, "DEFAULTED")).hasSize(1);
		assertThat(facts(reference, "ESCALATED")).hasSize(4);
		assertThat(facts(reference, "DEADLINE_NEAR")).hasSize(1);
		deadline = deadline(reference, SHO);
		assertThat(deadline.get("defaulter").asBoolean()).isTrue();
		assertThat(deadline.get("standing").asString()).isEqualTo("DEFAULTER");

		// On every supervisor's list, not on another station's; a stranger learns nothing.
		assertThat(attention(SHO, "DEFAULTER")).contains(reference);
		assertThat(attention(Story.CO, null)).contains(reference);
		assertThat(attention("sp.rampur", "DEFAULTER")).contains(reference);
		assertThat(attention("sho.ganj", "DEFAULTER")).doesNotContain(reference);
		expect(api.as("sho.ganj").get("/api/deadlines/" + reference), 404);

		// The mark stays until disposal.
		recordWork(reference);
		expect(story.submitReport(reference, IO), 201);
		expect(story.approve(reference, SHO, "B"), 200);
		expect(story.approve(reference, Story.CO, "B"), 200);
		expect(story.approve(reference, Story.ASP, "B"), 200);
		deadline = deadline(reference, SHO);
		assertThat(deadline.get("defaulter").asBoolean()).isFalse();
		assertThat(deadline.get("running").asBoolean()).isFalse();
		assertThat(attention(SHO, "DEFAULTER")).doesNotContain(reference);
		assertThat(facts(reference, "DEFAULTED")).hasSize(1);
	}

	@Test
	void aPauseApprovedByTheShoStopsEveryClockAndMovesTheDueDatesByThePausedDays() {
		at("2026-10-12T10:00");
		String mobile = Story.freshMobile();
		String reference = assigned(mobile);

		Api.Response pause = expect(api.as(IO).post(pausePath(reference),
				Map.of("reason", "COURT_STAY", "note", "सिविल वाद 123/2026 में न्यायालय का स्थगन आदेश")), 201);
		assertThat(pause.field("status")).isEqualTo("REQUESTED");
		expect(api.as(IO).post(pausePath(reference), Map.of("reason", "COURT_STAY", "note", "फिर से")), 409);
		expect(api.as("sho.ganj").post(pausePath(reference) + "/approve", Map.of()), 404);
		Api.Response own = expect(api.as(IO).post(pausePath(reference) + "/approve", Map.of()), 403);
		assertThat(own.field("code")).isEqualTo("deadline.pause.supervisor-only");
		assertThat(expect(api.as(SHO).post(pausePath(reference) + "/approve", Map.of("note", "आदेश देखा")), 200)
			.field("status")).isEqualTo("ACTIVE");
		assertThat(deadline(reference, SHO).get("paused").asBoolean()).isTrue();
		assertThat(expect(api.as(SHO).get("/api/complaints/" + reference), 200).json().get("due").get("paused")
			.asBoolean()).isTrue();

		// Twenty days later the enquiry's 15 days are long past, yet nothing escalated.
		sweepAt("2026-11-01T10:00");
		assertThat(facts(reference, "ESCALATED")).isEmpty();

		Api.Response ended = expect(api.as(IO).post(pausePath(reference) + "/end", Map.of("note", "स्थगन हटा")), 200);
		assertThat(ended.json().get("pausedDays").asInt()).isEqualTo(20);
		JsonNode deadline = deadline(reference, SHO);
		assertThat(deadline.get("paused").asBoolean()).isFalse();
		assertThat(deadline.get("dueOn").asString()).isEqualTo("2026-12-02");
		assertThat(deadline.get("stageDueOn").asString()).isEqualTo("2026-11-16");
		expect(api.as(IO).post(pausePath(reference) + "/end", Map.of()), 409);
		assertThat(actions(reference)).containsSubsequence("PAUSE_REQUESTED", "CLOCK_PAUSED", "CLOCK_RESUMED");

		sweepAt("2026-11-16T23:00");
		assertThat(facts(reference, "ESCALATED")).isEmpty();
		sweepAt("2026-11-17T00:01");
		assertThat(facts(reference, "ESCALATED")).hasSize(1);

		// The complainant sees the moved due date, and the pause and its end on their timeline.
		Api citizen = api.anonymous();
		expect(citizen.post("/api/public/complaints/" + reference + "/code", ""), 202);
		JsonNode view = expect(citizen.post("/api/public/complaints/" + reference + "/view",
				Map.of("code", sms.lastCodeTo(mobile))), 200).json();
		assertThat(view.get("dueOn").asString()).isEqualTo("2026-12-02");
		assertThat(view.get("clockPaused").asBoolean()).isFalse();
		List<String> steps = new ArrayList<>();
		view.get("timeline").forEach(step -> steps.add(step.get("action").asString()));
		assertThat(steps).contains("CLOCK_PAUSED", "CLOCK_RESUMED").doesNotContain("PAUSE_REQUESTED", "ESCALATED");
	}

	@Test
	void aPauseRefusedWhileAnotherSupervisorApprovesItIsDecidedOnceAndTheClockStaysConsistent() throws Exception {
		at("2026-10-12T10:00");
		String reference = assigned();
		ReferenceNumber number = ReferenceNumber.parse(reference);
		expect(api.as(IO).post(pausePath(reference), Map.of("reason", "COURT_STAY", "note", "स्थगन आदेश")), 201);

		// The SHO's approval is written but not yet committed when the CO's refusal comes in.
		CountDownLatch approved = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> approval = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
				deadlines.approvePause(number, "आदेश देखा", officer(SHO));
				approved.countDown();
				await(commit);
			}));
			assertThat(approved.await(30, TimeUnit.SECONDS)).isTrue();
			Future<?> refusal = threads.submit(() -> deadlines.refusePause(number, "घर जाकर मिलें", officer(Story.CO)));
			// The refusal waits for the approval's rows; let it get there, then commit the approval.
			assertThatThrownBy(() -> refusal.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
			commit.countDown();
			approval.get(30, TimeUnit.SECONDS);
			assertThatThrownBy(() -> refusal.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(ConflictException.class);
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}

		JsonNode deadline = deadline(reference, SHO);
		assertThat(deadline.get("paused").asBoolean()).isTrue();
		assertThat(deadline.get("pauses").get(0).get("status").asString()).as("the pause the clock stands on")
			.isEqualTo("ACTIVE");
		assertThat(actions(reference)).contains("CLOCK_PAUSED").doesNotContain("PAUSE_REFUSED");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aPauseForAnUnreachableComplainantNeedsThreeUnansweredAttemptsAndBadRequestsChangeNothing() {
		at("2026-10-12T10:00");
		String reference = assigned();
		Api.Response unknown = expect(api.as(IO).post(pausePath(reference),
				Map.of("reason", "HOLIDAY", "note", "छुट्टी")), 400);
		assertThat(unknown.field("code")).isEqualTo("deadline.pause.reason-unknown");
		Api.Response hindi = expect(api.as(IO).inHindi().post(pausePath(reference),
				Map.of("reason", "HOLIDAY", "note", "छुट्टी")), 400);
		assertThat(hindi.field("detail")).isNotEqualTo(unknown.field("detail")).contains("COURT_STAY");
		assertThat(expect(api.as(IO).post(pausePath(reference), Map.of("reason", "COURT_STAY")), 400).field("code"))
			.isEqualTo("deadline.pause.note-required");
		assertThat(expect(api.as(SHO).post(pausePath(reference), Map.of("reason", "COURT_STAY", "note", "स्थगन")), 403)
			.field("code")).isEqualTo("deadline.pause.enquiry-officer-only");
		expect(api.as(SHO).post(pausePath(reference) + "/approve", Map.of()), 409);

		contact(reference, "UNREACHABLE");
		contact(reference, "UNREACHABLE");
		Api.Response tooSoon = expect(api.as(IO).post(pausePath(reference),
				Map.of("reason", "COMPLAINANT_UNREACHABLE", "note", "फोन बंद है")), 422);
		assertThat(tooSoon.json().get("reasons").get(0).get("code").asString()).isEqualTo("UNREACHABLE_ATTEMPTS");
		assertThat(actions(reference)).doesNotContain("PAUSE_REQUESTED");

		contact(reference, "UNREACHABLE");
		expect(api.as(IO).post(pausePath(reference),
				Map.of("reason", "COMPLAINANT_UNREACHABLE", "note", "तीन बार फोन बंद मिला")), 201);
		expect(api.as(SHO).post(pausePath(reference) + "/refuse", Map.of()), 400);
		assertThat(expect(api.as(SHO).post(pausePath(reference) + "/refuse", Map.of("note", "घर जाकर मिलें")), 200)
			.field("status")).isEqualTo("REFUSED");
		assertThat(actions(reference)).containsSubsequence("PAUSE_REQUESTED", "PAUSE_REFUSED")
			.doesNotContain("CLOCK_PAUSED");
		assertThat(deadline(reference, SHO).get("paused").asBoolean()).isFalse();
	}

	@Test
	void aReopenedComplaintGetsAFreshLimitWhenItIsReassigned() {
		at("2026-10-12T10:00");
		String reference = assigned();
		recordWork(reference);
		expect(story.submitReport(reference, IO), 201);
		// Each review level is a stage of its own, three days each, owned by the level awaited.
		JsonNode review = deadline(reference, SHO);
		assertThat(review.get("stage").asString()).isEqualTo("REVIEW");
		assertThat(review.get("stageOwner").asString()).isEqualTo("SHO");
		assertThat(review.get("stageDueOn").asString()).isEqualTo("2026-10-15");
		at("2026-10-13T10:00");
		expect(story.approve(reference, SHO, "B"), 200);
		review = deadline(reference, SHO);
		assertThat(review.get("stageOwner").asString()).isEqualTo("CO");
		assertThat(review.get("stageStartedOn").asString()).isEqualTo("2026-10-13");
		assertThat(review.get("stageDueOn").asString()).isEqualTo("2026-10-16");
		sweepAt("2026-10-17T00:01");
		assertThat(facts(reference, "ESCALATED")).singleElement().asString().contains("REVIEW stage (CO)").contains("to ASP");
		at("2026-10-17T10:00");
		expect(story.approve(reference, Story.CO, "B"), 200);
		expect(story.approve(reference, Story.ASP, "B"), 200);
		long id = complaints.view(ReferenceNumber.parse(reference), officer(SHO)).id();

		at("2026-10-17T12:00");
		complaints.recordFeedback(id, false, "मौके पर कोई नहीं आया", officer("feedback.rampur"));
		JsonNode deadline = deadline(reference, Story.CO);
		assertThat(deadline.get("stage").asString()).isEqualTo("REASSIGNMENT");
		assertThat(deadline.get("stageOwner").asString()).isEqualTo("CO");
		assertThat(deadline.get("running").asBoolean()).isFalse();
		assertThat(expect(api.as(SHO).get("/api/complaints/" + reference), 200).json().get("due").get("dueOn").isNull())
			.isTrue();

		at("2026-10-19T10:00");
		complaints.reassign(ReferenceNumber.parse(reference), story.officerId(SHO, "io.kotwali.2"), "दूसरे अधिकारी को",
				officer(Story.CO));
		deadline = deadline(reference, Story.CO);
		assertThat(deadline.get("running").asBoolean()).isTrue();
		assertThat(deadline.get("limitStartedOn").asString()).isEqualTo("2026-10-19");
		assertThat(deadline.get("dueOn").asString()).isEqualTo("2026-11-18");
		assertThat(deadline.get("warned").asBoolean()).isFalse();
		assertThat(deadline.get("stage").asString()).isEqualTo("ENQUIRY");
		assertThat(expect(api.as(SHO).get("/api/complaints/" + reference), 200).json().get("due").get("dueOn")
			.asString()).isEqualTo("2026-11-18");
	}

	@Test
	void anAdministratorLoadsAYearsHolidaysWholeOrNotAtAllAndLimitsCountThem() {
		String good = """
				date,name_en,name_hi,source
				2031-01-26,Republic Day,गणतंत्र दिवस,G.O. test 1/2030
				2031-02-19,A test holiday,परीक्षण अवकाश,G.O. test 1/2030
				""";
		Api admin = api.as("admin.rampur");
		assertThat(expect(admin.put("/api/deadlines/holidays/2031", good, "text/csv"), 200).json()).hasSize(2);
		Api.Response notAdmin = expect(api.as(SHO).put("/api/deadlines/holidays/2031", good, "text/csv"), 403);
		assertThat(notAdmin.field("code")).isEqualTo("deadline.holidays.admin-only");

		String bad = good + "2031-02-30,No such day,कोई दिन नहीं,G.O.\n2030-12-25,Christmas Day,क्रिसमस,G.O.\n";
		Api.Response refused = expect(admin.put("/api/deadlines/holidays/2031", bad, "text/csv"), 422);
		assertThat(refused.json().get("reasons")).extracting(r -> r.get("code").asString())
			.containsExactly("BAD_DATE", "WRONG_YEAR");
		assertThat(refused.json().get("reasons").get(0).get("message").asString()).contains("4");
		Api.Response refusedInHindi = expect(admin.inHindi().put("/api/deadlines/holidays/2031", bad, "text/csv"), 422);
		assertThat(refusedInHindi.field("detail")).isNotEqualTo(refused.field("detail"));
		assertThat(expect(api.as(SHO).get("/api/deadlines/holidays/2031"), 200).json()).hasSize(2);

		// Thirty days from 20 January 2031 end on the loaded holiday, so on the day after.
		at("2031-01-20T11:00");
		String reference = filed();
		assertThat(deadline(reference, Story.CELL).get("dueOn").asString()).isEqualTo("2031-02-20");
	}

	// The story's steps, with times from the moved clock

	private void at(String localDateTime) {
		clock.set(LocalDateTime.parse(localDateTime).atZone(IST).toInstant());
	}

	private void sweepAt(String localDateTime) {
		at(localDateTime);
		sweep.sweep();
	}

	private Map<String, Object> complaintBody() {
		return complaintBody(Story.freshMobile());
	}

	private Map<String, Object> complaintBody(String mobile) {
		Map<String, Object> body = Story.complaint(mobile, "THEFT");
		body.put("incidentDate", LocalDateTime.ofInstant(clock.instant(), IST).toLocalDate().minusDays(1).toString());
		return body;
	}

	private String filed() {
		return filed(Story.freshMobile());
	}

	private String filed(String mobile) {
		return expect(api.anonymous().post("/api/public/complaints", complaintBody(mobile)), 201).field("reference");
	}

	private String assigned() {
		return assigned(Story.freshMobile());
	}

	private String assigned(String mobile) {
		String reference = filed(mobile);
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", Story.STATION)),
				200);
		expect(api.as(SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", story.officerId(SHO, IO), "note", "जाँच करें")), 200);
		return reference;
	}

	private void contact(String reference, String outcome) {
		expect(api.as(IO).post("/api/complaints/" + reference + "/contacts", Map.of("contactedAt", now(), "mode", "CALL",
				"outcome", outcome, "note", "प्रयास")), 201);
	}

	private void recordWork(String reference) {
		Api io = api.as(IO);
		contact(reference, "REACHED");
		Api.Response visit = expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", now(), "latitude", 28.8101, "longitude", 79.0302, "accuracyMeters", 12.0)), 201);
		expect(io.upload("/api/complaints/" + reference + "/visits/" + visit.field("id") + "/photos", "spot.jpg",
				Story.sitePhoto()), 201);
		expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश कुमार", "text", "मेरी बकरी चोरी हुई।")), 201);
	}

	private String now() {
		return clock.instant().minusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
	}

	private static String pausePath(String reference) {
		return "/api/deadlines/" + reference + "/pause";
	}

	private JsonNode deadline(String reference, String officer) {
		return expect(api.as(officer).get("/api/deadlines/" + reference), 200).json();
	}

	private List<String> attention(String officer, String kind) {
		JsonNode list = expect(api.as(officer).get("/api/deadlines?size=200" + (kind == null ? "" : "&kind=" + kind)),
				200).json();
		List<String> references = new ArrayList<>();
		list.forEach(item -> references.add(item.get("reference").asString()));
		return references;
	}

	private List<String> actions(String reference) {
		JsonNode history = expect(api.as(Story.ASP).get("/api/complaints/" + reference + "/history"), 200).json();
		List<String> actions = new ArrayList<>();
		history.forEach(h -> actions.add(h.get("action").asString()));
		return actions;
	}

	/** The reasons of the history rows recording {@code fact}, oldest first. */
	private List<String> facts(String reference, String fact) {
		JsonNode history = expect(api.as(Story.ASP).get("/api/complaints/" + reference + "/history"), 200).json();
		List<String> reasons = new ArrayList<>();
		history.forEach(h -> {
			if (h.get("action").asString().equals(fact)) {
				reasons.add(h.get("reason").asString());
			}
		});
		return reasons;
	}

	/** The recipients of the outbox's messages of {@code template} about the complaint, in order. */
	private List<String> messages(String reference, String template) {
		return jdbc.sql("""
				select o.recipient from notification_outbox o join complaint c on c.id = o.complaint_id
				where c.reference = ? and o.template = ? order by o.id""")
			.params(reference, template)
			.query(String.class)
			.list();
	}

	private String mobileOf(String username) {
		return jurisdiction.findOfficerByUsername(username).orElseThrow().mobile();
	}

	private Actor officer(String username) {
		return jurisdiction.findOfficerByUsername(username).orElseThrow().asActor();
	}
}
