package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * After a disposal the complainant is asked, by an SMS link usable once and by the feedback desk's
 * call: satisfied closes the complaint, dissatisfied reopens it for a different officer, no answer
 * after calls on three days closes it without feedback, and a closure may be appealed once within
 * 30 days. Its own context (the property below), since it moves its clock by weeks.
 */
@SamadhanTest
@Import({ RecordingSmsGateway.Config.class, MovableClock.Config.class })
@TestPropertySource(properties = "samadhan.feedback.no-answer-days=3")
class FeedbackScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Disposals disposals;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		disposals = new Disposals(api, clock, jdbc);
	}

	@Test
	void aDisposalTextsTheOutcomeAndAOneTimeLinkWhoseCodeIsKeptOnlyAsAHash() throws Exception {
		Disposals.Case c = disposals.disposed();
		Map<String, Object> row = jdbc.sql("""
				select recipient, locale, body, channel from notification_outbox
				where complaint_id = ? and template = 'feedback-requested'""")
			.param(c.id())
			.query()
			.singleRow();
		assertThat(row.get("recipient")).isEqualTo(c.mobile());
		assertThat(row.get("channel")).isEqualTo("SMS");
		assertThat(row.get("locale")).isEqualTo("hi");
		assertThat((String) row.get("body")).contains(c.reference())
			.contains("मामला समझौते से निपटाया गया")
			.doesNotContain("/feedback/");
		assertThat(sms.textsTo(c.mobile())).last().asString().contains("http://localhost:8080/feedback/");
		String code = disposals.linkCode(c, sms);
		String stored = jdbc.sql("select code_hash from feedback_link where complaint_id = ?")
			.param(c.id())
			.query(String.class)
			.single();
		assertThat(stored).isNotEqualTo(code)
			.isEqualTo(HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII))));
	}

	@Test
	void satisfiedByTheLinkClosesTheComplaintAndTheLinkWorksOnlyOnce() {
		Disposals.Case c = disposals.disposed();
		String code = disposals.linkCode(c, sms);
		Api citizen = api.anonymous().inHindi();

		Api.Response about = expect(citizen.get("/api/public/feedback/" + code), 200);
		assertThat(about.field("reference")).isEqualTo(c.reference());
		assertThat(about.field("status")).isEqualTo("FEEDBACK_PENDING");
		assertThat(about.field("actionTaken")).isEqualTo("मामला समझौते से निपटाया गया");
		assertThat(about.text()).doesNotContain(c.mobile()).doesNotContain("रमेश");

		Api.Response answered = expect(citizen.post("/api/public/feedback/" + code, Map.of("satisfied", true)), 200);
		assertThat(answered.field("status")).isEqualTo("CLOSED");
		assertThat(disposals.status(c)).isEqualTo("CLOSED");
		assertThat(callList("feedback.rampur")).doesNotContain(c.reference());

		String before = disposals.snapshot(c);
		Api.Response again = citizen.post("/api/public/feedback/" + code, Map.of("satisfied", false, "reason", "फिर"));
		assertThat(again.status()).as("a second answer by the link loses, as any race").isEqualTo(409);
		assertThat(again.field("code")).isEqualTo("feedback.link.answered");
		assertThat(again.field("detail")).contains("लिंक");
		expect(citizen.get("/api/public/feedback/" + code), 409);
		assertThat(disposals.snapshot(c)).isEqualTo(before);
	}

	@Test
	void ofTenAnswersByOneLinkAtOnceOneCountsAndTheRestAreToldItWasAnswered() throws Exception {
		Disposals.Case c = disposals.disposed();
		String code = disposals.linkCode(c, sms);
		Api phone = api.anonymous().from("198.51.100.7");
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return phone.post("/api/public/feedback/" + code, Map.of("satisfied", true)).status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : futures) {
				statuses.add(f.get());
			}
			assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
			assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(disposals.count("feedback_answer", c)).isEqualTo(1);
	}

	@Test
	void aForgedLinkIsRefusedLikeAUsedOneAndChangesNothing() {
		Disposals.Case c = disposals.disposed();
		String before = disposals.snapshot(c);
		Api.Response forged = api.anonymous().post("/api/public/feedback/" + Disposals.randomLinkCode(),
				Map.of("satisfied", true));
		assertThat(forged.status()).isEqualTo(404);
		assertThat(forged.field("code")).isEqualTo("feedback.link.not-found");
		assertThat(forged.field("detail")).contains("feedback link");
		assertThat(api.anonymous().post("/api/public/feedback/not-a-code", Map.of("satisfied", true)).field("code"))
			.isEqualTo("feedback.link.not-found");
		assertThat(disposals.snapshot(c)).isEqualTo(before);
		assertThat(disposals.status(c)).isEqualTo("FEEDBACK_PENDING");
	}

	@Test
	void openingOnesOwnLinkAgainAfterAnsweringIsNotGuessing() {
		Disposals.Case c = disposals.disposed();
		String code = disposals.linkCode(c, sms);
		clock.advance(Duration.ofHours(2));
		// A village behind one address: a hundred times an answered link, then someone's new link works.
		Api village = api.anonymous().from("203.0.113.77");
		expect(village.post("/api/public/feedback/" + code, Map.of("satisfied", true)), 200);
		for (int i = 0; i < 100; i++) {
			assertThat(village.get("/api/public/feedback/" + code).status()).as("repeat " + i).isEqualTo(409);
		}
		Disposals.Case other = disposals.disposed();
		expect(village.get("/api/public/feedback/" + disposals.linkCode(other, sms)), 200);
	}

	@Test
	void guessingLinksFromOneAddressIsMadeToWaitAnHour() {
		Disposals.Case c = disposals.disposed();
		String code = disposals.linkCode(c, sms);
		clock.advance(Duration.ofHours(2));
		int wrong = 0;
		Api.Response response = null;
		while (wrong < 30) {
			response = api.anonymous().get("/api/public/feedback/" + Disposals.randomLinkCode());
			if (response.status() != 404) {
				break;
			}
			wrong++;
		}
		assertThat(wrong).isEqualTo(20);
		assertThat(response.status()).isEqualTo(429);
		expect(api.anonymous().get("/api/public/feedback/" + code), 429);
		clock.advance(Duration.ofMinutes(61));
		expect(api.anonymous().get("/api/public/feedback/" + code), 200);
	}

	@Test
	void anExpiredLinkIsRefusedAndChangesNothing() {
		Disposals.Case c = disposals.disposed();
		String code = disposals.linkCode(c, sms);
		clock.advance(Duration.ofDays(15).plusMinutes(1));
		String before = disposals.snapshot(c);
		Api.Response expired = api.anonymous().post("/api/public/feedback/" + code, Map.of("satisfied", true));
		assertThat(expired.status()).isEqualTo(404);
		assertThat(expired.field("code")).isEqualTo("feedback.link.not-found");
		assertThat(disposals.snapshot(c)).isEqualTo(before);
		assertThat(disposals.status(c)).isEqualTo("FEEDBACK_PENDING");
		assertThat(callList("feedback.rampur")).contains(c.reference());
	}

	@Test
	void dissatisfiedNeedsAReasonAndThenReopensAgainstTheFirstOfficer() {
		Disposals.Case c = disposals.disposed();
		String code = disposals.linkCode(c, sms);
		String before = disposals.snapshot(c);
		Api.Response noReason = api.anonymous().post("/api/public/feedback/" + code, Map.of("satisfied", false));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		assertThat(disposals.snapshot(c)).isEqualTo(before);

		expect(api.anonymous().post("/api/public/feedback/" + code,
				Map.of("satisfied", false, "reason", "चोरी का सामान नहीं मिला")), 200);
		assertThat(disposals.status(c)).isEqualTo("REOPENED");
		Map<String, Object> reopen = jdbc.sql("select officer_id, cause from feedback_reopen where complaint_id = ?")
			.param(c.id())
			.query()
			.singleRow();
		assertThat(((Number) reopen.get("officer_id")).longValue()).isEqualTo(disposals.officerId(Story.IO));
		assertThat(reopen.get("cause")).isEqualTo("DISSATISFIED");
	}

	@Test
	void aDissatisfiedCallReopensAndTheSupervisorMustChooseADifferentOfficer() {
		Disposals.Case c = disposals.disposed();
		Api.Response call = expect(api.as("feedback.rampur").post("/api/feedback/calls/" + c.reference(),
				Map.of("reached", true, "satisfied", false, "reason", "अधिकारी मिले ही नहीं")), 200);
		assertThat(call.field("status")).isEqualTo("REOPENED");
		expect(api.anonymous().post("/api/public/feedback/" + disposals.linkCode(c, sms), Map.of("satisfied", true)), 404);

		JsonNode candidates = expect(api.as(Story.CO).get("/api/complaints/" + c.reference() + "/reassign/candidates"),
				200).json();
		List<String> names = new ArrayList<>();
		candidates.forEach(o -> names.add(o.get("username").asString()));
		assertThat(names).contains("io.kotwali.2").doesNotContain(Story.IO);

		Api.Response same = api.as(Story.CO).post("/api/complaints/" + c.reference() + "/reassign",
				Map.of("officerId", disposals.officerId(Story.IO), "note", "दोबारा जाँच"));
		assertThat(same.status()).isEqualTo(400);
		assertThat(same.json().get("errors").get(0).get("field").asString()).isEqualTo("officerId");
		assertThat(same.text()).contains("different officer");
		assertThat(disposals.status(c)).isEqualTo("REOPENED");

		expect(api.as(Story.IO).post("/api/complaints/" + c.reference() + "/reassign",
				Map.of("officerId", disposals.officerId("io.kotwali.2"), "note", "x")), 403);

		Api.Response reassigned = expect(api.as(Story.CO).post("/api/complaints/" + c.reference() + "/reassign",
				Map.of("officerId", disposals.officerId("io.kotwali.2"), "note", "दूसरे अधिकारी जाँच करें")), 200);
		assertThat(reassigned.field("status")).isEqualTo("ASSIGNED");
		assertThat(reassigned.json().get("enquiryOfficerId").asLong()).isEqualTo(disposals.officerId("io.kotwali.2"));
		assertThat(reassigned.json().get("reopenCount").asInt()).isEqualTo(1);

		JsonNode counts = expect(api.as(Story.CO).get("/api/feedback/reopens"), 200).json();
		long firstIo = disposals.officerId(Story.IO);
		JsonNode mine = null;
		for (JsonNode row : counts) {
			if (row.get("officerId").asLong() == firstIo) {
				mine = row;
			}
		}
		assertThat(mine).as(counts.toString()).isNotNull();
		assertThat(mine.get("dissatisfied").asLong()).isPositive();
		assertThat(jdbc.sql("select count(*) from feedback_reopen where complaint_id = ? and officer_id = ?")
			.params(c.id(), firstIo)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSatisfiedCallClosesTheComplaintAndItsLink() {
		Disposals.Case c = disposals.disposed();
		Api.Response call = expect(api.as("feedback.rampur").post("/api/feedback/calls/" + c.reference(),
				Map.of("reached", true, "satisfied", true, "remarks", "संतुष्ट हैं")), 200);
		assertThat(call.field("status")).isEqualTo("CLOSED");
		String before = disposals.snapshot(c);
		expect(api.anonymous().post("/api/public/feedback/" + disposals.linkCode(c, sms), Map.of("satisfied", false,
				"reason", "x")), 404);
		assertThat(disposals.snapshot(c)).isEqualTo(before);
		expect(api.as("feedback.rampur").post("/api/feedback/calls/" + c.reference(),
				Map.of("reached", true, "satisfied", true)), 409);
	}

	@Test
	void noAnswerClosesOnlyAfterThreeCallsOnThreeDifferentDays() {
		// Start at ten in the morning, so that an hour later is still the same day in India.
		java.time.ZonedDateTime now = clock.instant().atZone(clock.getZone());
		clock.advance(Duration.between(now, now.toLocalDate().plusDays(1).atTime(10, 0).atZone(clock.getZone())));
		Disposals.Case c = disposals.disposed();
		Api desk = api.as("feedback.rampur");
		String path = "/api/feedback/calls/" + c.reference();
		Api.Response first = expect(desk.post(path, Map.of("reached", false, "remarks", "फोन बंद")), 200);
		assertThat(first.field("status")).isEqualTo("FEEDBACK_PENDING");
		assertThat(first.json().get("unansweredCalls").asInt()).isEqualTo(1);
		clock.advance(Duration.ofHours(1));
		expect(desk.post(path, Map.of("reached", false)), 200);
		clock.advance(Duration.ofDays(1));
		Api.Response third = expect(desk.post(path, Map.of("reached", false)), 200);
		assertThat(third.field("status")).isEqualTo("FEEDBACK_PENDING");
		assertThat(third.json().get("unansweredCalls").asInt()).isEqualTo(3);
		assertThat(third.json().get("daysWithCalls").asInt()).isEqualTo(2);
		assertThat(third.field("notice")).contains("only 2 different days");

		JsonNode entry = entryOf(c.reference(), "feedback.rampur");
		assertThat(entry.get("attempts").asInt()).isEqualTo(3);
		assertThat(entry.get("mobile").asString()).isEqualTo(c.mobile());
		assertThat(entry.get("complainantName").asString()).isEqualTo("रमेश कुमार");
		assertThat(entry.get("lastAttemptAt").isNull()).isFalse();

		clock.advance(Duration.ofDays(1));
		Api.Response fourth = expect(desk.inHindi().post(path, Map.of("reached", false)), 200);
		assertThat(fourth.field("status")).isEqualTo("CLOSED_NO_FEEDBACK");
		assertThat(fourth.field("notice")).contains("बिना फीडबैक");
		assertThat(disposals.status(c)).isEqualTo("CLOSED_NO_FEEDBACK");
		assertThat(jdbc.sql("""
				select count(*) from complaint_history where complaint_id = ? and action = 'FEEDBACK_CALL_UNANSWERED'""")
			.param(c.id())
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(disposals.count("feedback_call", c)).isEqualTo(4);
		assertThat(callList("feedback.rampur")).doesNotContain(c.reference());
	}

	@Test
	void theDeskSeesAndCallsOnlyWithinItsDistrict() {
		Disposals.Case c = disposals.disposed();
		String otherDistrict = jdbc.sql("""
				select code from jurisdiction_unit where kind = 'DISTRICT' and code <> 'RAMPUR' order by id limit 1""")
			.query(String.class)
			.single();
		String otherDesk = disposals.extraOfficer("feedback.other", otherDistrict, "FEEDBACK_DESK");
		assertThat(callList("feedback.rampur")).contains(c.reference());
		assertThat(callList(otherDesk)).doesNotContain(c.reference());
		String before = disposals.snapshot(c);
		expect(api.as(otherDesk).post("/api/feedback/calls/" + c.reference(),
				Map.of("reached", true, "satisfied", true)), 404);
		assertThat(disposals.snapshot(c)).isEqualTo(before);
		expect(api.as(Story.IO).get("/api/feedback/calls"), 403);
		expect(api.as(Story.IO).post("/api/feedback/calls/" + c.reference(), Map.of("reached", true, "satisfied", true)),
				403);
	}

	@Test
	void ofTwoDeskOfficersAnsweringAtOnceOneWinsAndTheOtherIsToldSo() throws Exception {
		Disposals.Case c = disposals.disposed();
		String second = disposals.extraOfficer("feedback.rampur.two", "RAMPUR", "FEEDBACK_DESK");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Api.Response>> calls = List.of(() -> {
				start.await();
				return api.as("feedback.rampur").post("/api/feedback/calls/" + c.reference(),
						Map.of("reached", true, "satisfied", true));
			}, () -> {
				start.await();
				return api.as(second).post("/api/feedback/calls/" + c.reference(),
						Map.of("reached", true, "satisfied", false, "reason", "कुछ नहीं हुआ"));
			});
			List<Future<Api.Response>> futures = new ArrayList<>();
			calls.forEach(call -> futures.add(pool.submit(call)));
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Api.Response> f : futures) {
				statuses.add(f.get().status());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(disposals.status(c)).isIn("CLOSED", "REOPENED");
		assertThat(disposals.count("feedback_answer", c)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from complaint_history where complaint_id = ?
				  and action in ('RECORD_SATISFIED', 'RECORD_DISSATISFIED')""")
			.param(c.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAllowedAppealReopensTheComplaintAndTellsTheComplainant() {
		Disposals.Case c = closedBySatisfiedCall();
		Api.Response appeal = appeal(c, "पुलिस ने कुछ नहीं किया");
		assertThat(appeal.status()).as(appeal.toString()).isEqualTo(201);
		assertThat(appeal.field("status")).isEqualTo("APPEALED");

		expect(api.as(Story.CO).post("/api/complaints/" + c.reference() + "/appeal/reopen", Map.of("reason", "x")), 403);
		Api.Response decided = expect(api.as(Story.ASP).post("/api/complaints/" + c.reference() + "/appeal/reopen",
				Map.of("reason", "शिकायतकर्ता का कथन सही प्रतीत होता है")), 200);
		assertThat(decided.json().get("reopened").asBoolean()).isTrue();
		assertThat(disposals.status(c)).isEqualTo("REOPENED");
		assertThat(jdbc.sql("select cause from feedback_reopen where complaint_id = ?")
			.param(c.id())
			.query(String.class)
			.single()).isEqualTo("APPEAL");
		assertThat(outboxTemplates(c)).contains("appeal-reopened");
		assertThat(jdbc.sql("""
				select recipient from notification_outbox where complaint_id = ? and template = 'appeal-reopened'""")
			.param(c.id())
			.query(String.class)
			.single()).isEqualTo(c.mobile());
	}

	@Test
	void anUpheldAppealLeavesTheComplaintClosedAndCannotBeRepeated() {
		Disposals.Case c = closedBySatisfiedCall();
		expect(appeal(c, "संतुष्ट नहीं हूँ"), 201);
		expect(api.as("sp.rampur").post("/api/complaints/" + c.reference() + "/appeal/uphold",
				Map.of("reason", "मौके पर कार्यवाही की पुष्टि हुई")), 200);
		assertThat(disposals.status(c)).isEqualTo("CLOSED");
		assertThat(outboxTemplates(c)).contains("appeal-upheld");
		Api.Response again = appeal(c, "फिर से");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.field("code")).isEqualTo("complaint.appeal.already-decided");
	}

	@Test
	void anAppealAfterThirtyDaysIsRefusedAndAWrongCodeIsNotFound() {
		Disposals.Case c = closedBySatisfiedCall();
		Api.Response wrong = api.anonymous().post("/api/public/complaints/" + c.reference() + "/appeal",
				Map.of("code", "000000", "reason", "असंतुष्ट"));
		assertThat(wrong.status()).isEqualTo(404);
		assertThat(wrong.field("code")).isEqualTo("citizen.not-found");

		clock.advance(Duration.ofDays(31));
		Api.Response late = appeal(c, "देर से अपील");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.field("code")).isEqualTo("complaint.appeal.too-late");
		assertThat(late.field("detail")).contains("30");
		assertThat(disposals.status(c)).isEqualTo("CLOSED");
		assertThat(disposals.count("feedback_appeal", c)).isZero();
	}

	private Disposals.Case closedBySatisfiedCall() {
		Disposals.Case c = disposals.disposed();
		expect(api.as("feedback.rampur").post("/api/feedback/calls/" + c.reference(),
				Map.of("reached", true, "satisfied", true)), 200);
		return c;
	}

	private Api.Response appeal(Disposals.Case c, String reason) {
		expect(api.anonymous().post("/api/public/complaints/" + c.reference() + "/code", ""), 202);
		return api.anonymous().post("/api/public/complaints/" + c.reference() + "/appeal",
				Map.of("code", sms.lastCodeTo(c.mobile()), "reason", reason));
	}

	private List<String> outboxTemplates(Disposals.Case c) {
		return jdbc.sql("select template from notification_outbox where complaint_id = ? order by id")
			.param(c.id())
			.query(String.class)
			.list();
	}

	/** Every reference on the desk's call list, page by page. */
	private List<String> callList(String desk) {
		List<String> references = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode entries = expect(api.as(desk).get("/api/feedback/calls?page=" + page), 200).json();
			entries.forEach(e -> references.add(e.get("reference").asString()));
			if (entries.size() < 50) {
				return references;
			}
		}
	}

	private JsonNode entryOf(String reference, String desk) {
		for (int page = 0;; page++) {
			JsonNode entries = expect(api.as(desk).get("/api/feedback/calls?page=" + page), 200).json();
			for (JsonNode e : entries) {
				if (e.get("reference").asString().equals(reference)) {
					return e;
				}
			}
			if (entries.size() < 50) {
				throw new AssertionError(reference + " is not on the call list");
			}
		}
	}
}
