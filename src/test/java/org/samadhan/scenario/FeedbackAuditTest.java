package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.feedback.Audits;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Every day a configured number of each district's disposals of the day before is drawn for a
 * senior officer's audit call, once per district and day however many instances try. The clock is
 * moved years ahead to a day of its own, since the test contexts may share one PostgreSQL database.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
@TestPropertySource(properties = "samadhan.feedback.audit.per-district=2")
class FeedbackAuditTest {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Audits audits;

	Api api;

	Disposals disposals;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		disposals = new Disposals(api, clock, jdbc);
	}

	@Test
	void twoInstancesDrawingAtOnceDrawTheConfiguredNumberOnceAndASeniorOfficerRecordsTheCall() throws Exception {
		clock.advance(Duration.ofDays(400 + ThreadLocalRandom.current().nextInt(2000)));
		List<Disposals.Case> disposed = List.of(disposals.disposed(), disposals.disposed(), disposals.disposed(),
				disposals.disposed());
		Set<Long> ids = Set.of(disposed.get(0).id(), disposed.get(1).id(), disposed.get(2).id(), disposed.get(3).id());
		clock.advance(Duration.ofDays(1));
		LocalDate today = LocalDate.now(clock);
		assertThat(audits.draw(today.minusDays(1))).as("nothing disposed the day before yesterday").isZero();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		int drawn = 0;
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return audits.draw(today);
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				drawn += run.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(drawn).isEqualTo(2);
		assertThat(audits.draw(today)).isZero();
		assertThat(jdbc.sql("select count(*) from feedback_audit_draw where drawn_on = ?")
			.param(today)
			.query(Long.class)
			.single()).isEqualTo(1);
		List<Long> drawnComplaints = jdbc.sql("select complaint_id from feedback_audit where drawn_on = ?")
			.param(today)
			.query(Long.class)
			.list();
		assertThat(drawnComplaints).hasSize(2).doesNotHaveDuplicates().allMatch(ids::contains);

		expect(api.as("feedback.rampur").get("/api/feedback/audits?date=" + today), 403);
		JsonNode list = expect(api.as(Story.ASP).get("/api/feedback/audits?date=" + today), 200).json();
		assertThat(list).hasSize(2);
		JsonNode first = list.get(0);
		assertThat(first.get("mobile").asString()).startsWith("9");
		assertThat(first.get("disposedBy").asLong()).isEqualTo(disposals.officerId(Story.IO));
		long auditId = first.get("id").asLong();
		String reference = first.get("reference").asString();
		long complaintId = jdbc.sql("select id from complaint where reference = ?").param(reference)
			.query(Long.class).single();

		JsonNode unanswered = expect(api.as(Story.ASP).post("/api/feedback/audits/" + auditId,
				Map.of("reached", false)), 200).json();
		assertThat(unanswered.get("attempts").asInt()).isEqualTo(1);
		JsonNode found = expect(api.as(Story.ASP).post("/api/feedback/audits/" + auditId,
				Map.of("reached", true, "satisfied", false, "remarks", "कोई पुलिसकर्मी मौके पर नहीं आया")), 200).json();
		assertThat(found.get("finding").asBoolean()).isTrue();
		assertThat(found.get("status").asString()).as("a finding reopens nothing by itself").isEqualTo("FEEDBACK_PENDING");
		expect(api.as(Story.ASP).post("/api/feedback/audits/" + auditId, Map.of("reached", true, "satisfied", true)), 409);
		assertThat(jdbc.sql("""
				select recipient from notification_outbox where complaint_id = ? and template = 'audit-finding'""")
			.param(complaintId)
			.query(String.class)
			.list()).containsExactly("9000000001");
		JsonNode findings = expect(api.as("sp.rampur").get("/api/feedback/audits/findings"), 200).json();
		assertThat(findings.findValuesAsString("reference")).contains(reference);
	}
}
