package org.samadhan.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.notification.OutboxRepository.OutboxMessage;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SharedDatabaseInstances;
import org.samadhan.support.Story;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Two instances of Samadhan on one database deliver the outbox to a real HTTP server standing in
 * for the SMS gateway (WireMock) and a real SMTP server (GreenMail): every message exactly once,
 * a message whose sender died is sent by the other instance once the lease runs out, failures are
 * retried with growing waits, and a refusal fails the message at once. The instances do not send
 * on their own (no poller, nothing after commit): each test calls the dispatchers and moves the
 * clocks.
 */
class OutboxDeliveryTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private static final Duration LEASE = Duration.ofMinutes(2);

	private static final Duration BACKOFF = Duration.ofSeconds(30);

	private static final int MAX_ATTEMPTS = 4;

	static WireMockServer gateway;

	static GreenMail smtp;

	static SharedDatabaseInstances instances;

	static Instance a;

	static Instance b;

	@BeforeAll
	static void startGatewaysAndTwoInstances() {
		gateway = new WireMockServer(options().dynamicPort().http2PlainDisabled(true).containerThreads(40));
		gateway.start();
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		instances = new SharedDatabaseInstances();
		a = new Instance(instances.start(properties("A")));
		b = new Instance(instances.start(properties("B")));
	}

	private static Map<String, String> properties(String name) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("samadhan.notification.dispatch.instance-id", name);
		properties.put("samadhan.notification.dispatch.after-commit", "off");
		properties.put("samadhan.notification.dispatch.batch-size", "20");
		properties.put("samadhan.notification.dispatch.lease", LEASE.toString());
		properties.put("samadhan.notification.dispatch.send-timeout", "PT5S");
		properties.put("samadhan.notification.dispatch.max-attempts", Integer.toString(MAX_ATTEMPTS));
		properties.put("samadhan.notification.dispatch.backoff", BACKOFF.toString());
		properties.put("samadhan.notification.dispatch.max-backoff", "PT10M");
		properties.put("samadhan.notification.sms.url", gateway.baseUrl() + "/sms");
		properties.put("samadhan.notification.sms.auth-value", "Bearer test-key");
		properties.put("samadhan.notification.sms.read-timeout", "PT1S");
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
		properties.put("samadhan.notification.mail.from", "samadhan@rampur.example");
		return properties;
	}

	@AfterAll
	static void stop() {
		instances.close();
		smtp.stop();
		gateway.stop();
	}

	@BeforeEach
	void freshGatewaysAndClocksInStep() throws Exception {
		// What an earlier test left undelivered is no business of this one.
		a.jdbc.sql("update notification_outbox set status = 'FAILED' where status in ('PENDING', 'SENDING')").update();
		gateway.resetAll();
		gateway.stubFor(post("/sms").atPriority(10).willReturn(ok("queued")));
		smtp.purgeEmailFromAllMailboxes();
		Instant later = a.clock.instant().isAfter(b.clock.instant()) ? a.clock.instant() : b.clock.instant();
		a.clock.setTo(later.plusSeconds(1));
		b.clock.setTo(later.plusSeconds(1));
	}

	@Test
	void twoInstancesDeliverEveryMessageOfABurstExactlyOnce() throws Exception {
		gateway.stubFor(post("/sms").atPriority(1)
			.withRequestBody(containing("BURST"))
			.willReturn(ok("queued").withFixedDelay(5)));
		String run = UUID.randomUUID().toString().substring(0, 8);
		// 300 by default; -DargLine=-Dsamadhan.test.outbox-burst=5000 to measure throughput
		int burst = Integer.getInteger("samadhan.test.outbox-burst", 300);
		a.write(outbox -> {
			for (int i = 0; i < burst; i++) {
				outbox.sms(String.format("98%08d", i), HINDI, "registered", null, "burst:" + run + ":" + i,
						"BURST-" + run + "-" + i);
			}
		});

		ExecutorService threads = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (Instance instance : List.of(a, a, b, b)) {
			runs.add(threads.submit(() -> {
				start.await();
				int handled = 0;
				for (int sent = instance.dispatcher.dispatch(); sent > 0; sent = instance.dispatcher.dispatch()) {
					handled += sent;
				}
				return handled;
			}));
		}
		long began = System.nanoTime();
		start.countDown();
		int handled = 0;
		for (Future<Integer> done : runs) {
			handled += done.get();
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		threads.shutdown();

		Map<String, Long> requestsPerMessage = smsTexts().stream()
			.filter(text -> text.contains("BURST-" + run))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(requestsPerMessage).hasSize(burst);
		assertThat(requestsPerMessage.values()).allMatch(count -> count == 1);
		assertThat(handled).isEqualTo(burst);
		Map<String, Object> outcome = a.jdbc.sql("""
				select count(*) as sent, sum(case when claimed_by like 'A#%' then 1 else 0 end) as by_a,
				       sum(case when claimed_by like 'B#%' then 1 else 0 end) as by_b
				from notification_outbox where dedupe_key like ? and status = 'SENT'""")
			.param("burst:" + run + ":%")
			.query()
			.singleRow();
		assertThat(((Number) outcome.get("sent")).intValue()).isEqualTo(burst);
		assertThat(((Number) outcome.get("by_a")).intValue()).as("instance A took part").isPositive();
		assertThat(((Number) outcome.get("by_b")).intValue()).as("instance B took part").isPositive();
		System.out.printf("Outbox burst: %d messages by two instances (4 dispatching threads, 5 ms gateway) in %.2f s"
				+ " = %.0f/s; A sent %s, B sent %s%n", burst, seconds, burst / seconds, outcome.get("by_a"),
				outcome.get("by_b"));
	}

	@Test
	void messagesClaimedByAnInstanceThatDiesAreSentByTheOtherOnceTheLeaseRunsOut() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<Long> ids = a.write(outbox -> {
			for (int i = 0; i < 3; i++) {
				outbox.sms(String.format("97%08d", i), HINDI, "registered", null, "dies:" + run + ":" + i,
						"DIES-" + run + "-" + i);
			}
		});
		List<OutboxMessage> claimedByA = a.dispatcher.claim(ids);
		assertThat(claimedByA).hasSize(3);
		// A dies here: it never sends and never records an outcome.

		assertThat(b.dispatcher.dispatch()).as("the lease still holds").isZero();
		b.clock.advance(LEASE.minusSeconds(1));
		assertThat(b.dispatcher.dispatch()).as("the lease still holds").isZero();
		assertThat(smsTexts()).noneMatch(text -> text.contains("DIES-" + run));

		b.clock.advance(Duration.ofSeconds(2));
		assertThat(b.dispatcher.dispatch()).isEqualTo(3);
		assertThat(smsTexts().stream().filter(text -> text.contains("DIES-" + run))).hasSize(3);
		assertThat(statusesOf(ids)).containsOnly("SENT");
		assertThat(a.jdbc.sql("select claimed_by from notification_outbox where id in (:ids)")
			.param("ids", ids)
			.query(String.class)
			.list()).allMatch(by -> by.startsWith("B#"));

		// A comes back from the dead: its late outcome changes nothing.
		assertThat(a.repository.retryLater(claimedByA.get(0), "late", a.clock.instant())).isFalse();
		assertThat(statusesOf(ids)).containsOnly("SENT");
	}

	/**
	 * A message to send right after the commit is written already claimed, for a short lease (two
	 * send timeouts), so that no claim transaction precedes its send. An instance that commits and
	 * dies before sending (here: its after-commit hand-over drops everything) leaves it SENDING;
	 * another instance sends it once that short lease ends, not the two-minute lease of a claim.
	 */
	@Test
	void aMessageWrittenClaimedByAnInstanceThatDiesAfterTheCommitIsSentByAnotherWhenItsShortLeaseEnds() {
		Map<String, String> properties = properties("C");
		properties.put("samadhan.notification.dispatch.after-commit", "sync");
		ConfigurableApplicationContext dying = instances.start(properties, DiesAfterTheCommit.class);
		try {
			Instance c = new Instance(dying);
			c.clock.setTo(b.clock.instant());
			String run = UUID.randomUUID().toString().substring(0, 8);
			List<Long> ids = c.write(outbox -> outbox.sms("9512345678", HINDI, "registered", null, "written:" + run,
					"WRITTEN-" + run));
			assertThat(ids).hasSize(1);
			Map<String, Object> written = row(ids.get(0));
			assertThat(written).containsEntry("status", "SENDING").containsEntry("attempts", 1);
			assertThat(c.jdbc.sql("select claimed_by from notification_outbox where id = ?")
				.param(ids.get(0))
				.query(String.class)
				.single()).startsWith("C#");

			assertThat(b.dispatcher.dispatch()).as("its short lease still holds").isZero();
			b.clock.advance(Duration.ofSeconds(9));
			assertThat(b.dispatcher.dispatch()).as("its short lease still holds").isZero();
			b.clock.advance(Duration.ofSeconds(2));
			assertThat(b.dispatcher.dispatch()).isEqualTo(1);
			assertThat(smsTexts().stream().filter(text -> text.contains("WRITTEN-" + run))).hasSize(1);
			assertThat(row(ids.get(0))).containsEntry("status", "SENT").containsEntry("attempts", 2);
		}
		finally {
			dying.close();
		}
	}

	/** An instance that dies right after its transaction commits: what it wrote is never handed over. */
	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class DiesAfterTheCommit {

		@org.springframework.context.annotation.Bean
		@org.springframework.context.annotation.Primary
		OutboxDispatcher diesBeforeSending(OutboxRepository repository, SmsGateway sms, EmailSender email,
				DispatchProperties properties, java.time.Clock clock) {
			return new OutboxDispatcher(repository, sms, email, properties, clock) {
				@Override
				void kick(List<OutboxMessage> claimed) {
				}
			};
		}
	}

	@Test
	void aClaimTakesTheNextDueMessagesWhileAnotherInstanceHoldsTheOldest() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<Long> ids = a.write(outbox -> {
			for (int i = 0; i < 40; i++) {
				outbox.sms(String.format("96%08d", i), HINDI, "registered", null, "held:" + run + ":" + i,
						"HELD-" + run + "-" + i);
			}
		});
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService holder = Executors.newSingleThreadExecutor();
		// Instance A is in the middle of its claim: it holds the 20 oldest rows, not yet committed.
		Future<?> holding = holder.submit(() -> a.transaction.executeWithoutResult(status -> {
			assertThat(a.repository.claimInCurrentTransaction("A#held", a.clock.instant(),
					a.clock.instant().plus(LEASE), 20, MAX_ATTEMPTS, null)).hasSize(20);
			locked.countDown();
			try {
				release.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		locked.await();
		try {
			List<OutboxMessage> claimed = b.dispatcher.claim(null);
			assertThat(claimed).hasSize(20).extracting(OutboxMessage::id).containsExactlyInAnyOrderElementsOf(
					ids.subList(20, 40));
		}
		finally {
			release.countDown();
			holding.get();
			holder.shutdown();
		}
	}

	@Test
	void aFailedSendIsRetriedAfterDoublingWaitsUntilTheGatewayTakesIt() {
		gateway.stubFor(post("/sms").atPriority(1).withRequestBody(containing("FLAKY"))
			.inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500).withBody("down"))
			.willSetStateTo("second"));
		gateway.stubFor(post("/sms").atPriority(1).withRequestBody(containing("FLAKY"))
			.inScenario("flaky").whenScenarioStateIs("second")
			.willReturn(aResponse().withStatus(503).withBody("still down"))
			.willSetStateTo("up"));
		gateway.stubFor(post("/sms").atPriority(1).withRequestBody(containing("FLAKY"))
			.inScenario("flaky").whenScenarioStateIs("up")
			.willReturn(ok("queued")));
		long id = a.write(outbox -> outbox.sms("9612345678", HINDI, "registered", null, null, "FLAKY")).get(0);

		assertThat(a.dispatcher.dispatch()).isEqualTo(1);
		Map<String, Object> first = row(id);
		assertThat(first).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat((String) first.get("last_error")).contains("500").contains("down");
		assertThat(dueAt(id)).isEqualTo(micros(a.clock.instant().plus(BACKOFF)));

		assertThat(a.dispatcher.dispatch()).as("not due yet").isZero();
		a.clock.advance(BACKOFF);
		assertThat(b.dispatcher.dispatch()).as("nor on the other instance's slower clock").isZero();
		assertThat(a.dispatcher.dispatch()).isEqualTo(1);
		assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 2);
		assertThat(dueAt(id)).as("the wait doubles").isEqualTo(micros(a.clock.instant().plus(BACKOFF.multipliedBy(2))));

		a.clock.advance(BACKOFF);
		assertThat(a.dispatcher.dispatch()).isZero();
		a.clock.advance(BACKOFF);
		assertThat(a.dispatcher.dispatch()).isEqualTo(1);
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("attempts", 3).containsEntry("last_error",
				null);
		assertThat(smsTexts().stream().filter(text -> text.contains("FLAKY"))).hasSize(3);
	}

	@Test
	void aRefusalFailsTheMessageAtOnceWhileTooManyRequestsAndTimeoutsAreRetried() {
		gateway.stubFor(post("/sms").atPriority(1).withRequestBody(containing("REFUSED"))
			.willReturn(aResponse().withStatus(400).withBody("invalid template")));
		gateway.stubFor(post("/sms").atPriority(1).withRequestBody(containing("THROTTLED"))
			.willReturn(aResponse().withStatus(429)));
		gateway.stubFor(post("/sms").atPriority(1).withRequestBody(containing("SLOW"))
			.willReturn(ok().withFixedDelay(1500)));
		List<Long> ids = a.write(outbox -> {
			outbox.sms("9612345671", HINDI, "registered", null, null, "REFUSED");
			outbox.sms("9612345672", HINDI, "registered", null, null, "THROTTLED");
			outbox.sms("9612345673", HINDI, "registered", null, null, "SLOW");
		});

		assertThat(a.dispatcher.dispatch()).isEqualTo(3);

		assertThat(row(ids.get(0))).containsEntry("status", "FAILED").containsEntry("attempts", 1);
		assertThat((String) row(ids.get(0)).get("last_error")).contains("400").contains("invalid template");
		assertThat(row(ids.get(1))).containsEntry("status", "PENDING");
		assertThat((String) row(ids.get(1)).get("last_error")).contains("429");
		assertThat(row(ids.get(2))).containsEntry("status", "PENDING");
		assertThat((String) row(ids.get(2)).get("last_error")).contains("Timeout");

		a.clock.advance(Duration.ofHours(1));
		a.dispatcher.dispatch();
		assertThat(smsTexts().stream().filter(text -> text.contains("REFUSED"))).as("never tried again").hasSize(1);
	}

	@Test
	void aMessageTheGatewayKeepsRefusingTemporarilyFailsAfterTheLastAttempt() {
		gateway.stubFor(post("/sms").atPriority(1).withRequestBody(containing("DOOMED"))
			.willReturn(aResponse().withStatus(502)));
		long id = a.write(outbox -> outbox.sms("9612345674", HINDI, "registered", null, null, "DOOMED")).get(0);

		for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
			assertThat(a.dispatcher.dispatch()).isEqualTo(1);
			a.clock.advance(Duration.ofMinutes(10));
		}
		assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", MAX_ATTEMPTS);
		assertThat(a.dispatcher.dispatch()).isZero();
		assertThat(smsTexts().stream().filter(text -> text.contains("DOOMED"))).hasSize(MAX_ATTEMPTS);
	}

	@Test
	void theComplainantIsToldTheReferenceByTextAndByEmailInHindi() throws Exception {
		String mobile = Story.freshMobile();
		Map<String, Object> complaint = new HashMap<>(Story.complaint(mobile, "THEFT"));
		complaint.put("complainant",
				Map.of("name", "सीता देवी", "mobile", mobile, "email", "sita." + mobile + "@example.org"));
		String reference = expect(Api.at(a.port()).post("/api/public/complaints", complaint), 201).field("reference");
		assertThat(smsTexts()).as("sent only when a dispatcher runs").noneMatch(text -> text.contains(reference));

		a.dispatcher.dispatch();

		assertThat(smsTexts()).filteredOn(text -> text.contains(reference))
			.singleElement()
			.asString()
			.contains("शिकायत दर्ज");
		LoggedRequest request = gateway.findAll(postRequestedFor(urlEqualTo("/sms"))).get(0);
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-key");
		assertThat(form(request)).containsEntry("to", mobile).containsEntry("sender", "SAMDHN");

		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("sita." + mobile + "@example.org");
		assertThat(mails[0].getFrom()[0].toString()).isEqualTo("samadhan@rampur.example");
		assertThat(mails[0].getSubject()).contains(reference).contains("दर्ज");
		assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
		assertThat(mails[0].getContent().toString()).contains("प्रिय सीता देवी").contains(reference);
		assertThat(a.jdbc.sql("select status from notification_outbox where dedupe_key like ?")
			.param("registered%:" + complaintId(reference))
			.query(String.class)
			.list()).containsExactlyInAnyOrder("SENT", "SENT");
	}

	@Test
	void aOneTimeCodeIsKeptMaskedOnceSent() {
		String mobile = Story.freshMobile();
		Api citizen = Api.at(a.port());
		String reference = expect(citizen.post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
		expect(citizen.post("/api/public/complaints/" + reference + "/code", ""), 202);
		List<Map<String, Object>> pending = a.jdbc.sql(
				"select body from notification_outbox where template = 'citizen-code' and complaint_id = ?")
			.param(complaintId(reference))
			.query()
			.listOfRows();
		assertThat(pending).singleElement().extracting(r -> (String) r.get("body")).asString().containsPattern("\\d{6}");

		a.dispatcher.dispatch();

		String sent = smsTexts().stream().filter(text -> text.contains("कोड")).filter(text -> text.contains(reference))
			.findFirst()
			.orElseThrow();
		java.util.regex.Matcher sixDigits = java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(sent);
		assertThat(sixDigits.find()).isTrue();
		String code = sixDigits.group(1);
		String stored = a.jdbc.sql(
				"select body from notification_outbox where template = 'citizen-code' and complaint_id = ?")
			.param(complaintId(reference))
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(code).contains("******").contains(reference);
		Map<String, Object> view = new HashMap<>();
		view.put("code", code);
		expect(citizen.post("/api/public/complaints/" + reference + "/view", view), 200);
	}

	// --- helpers

	private static List<String> smsTexts() {
		return gateway.findAll(postRequestedFor(urlEqualTo("/sms")))
			.stream()
			.map(request -> form(request).getOrDefault("text", ""))
			.toList();
	}

	private static Map<String, String> form(LoggedRequest request) {
		Map<String, String> fields = new HashMap<>();
		for (String pair : request.getBodyAsString().split("&")) {
			String[] parts = pair.split("=", 2);
			fields.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
					parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
		}
		return fields;
	}

	private static Map<String, Object> row(long id) {
		Map<String, Object> row = new HashMap<>(
				a.jdbc.sql("select status, attempts, last_error from notification_outbox where id = ?")
					.param(id)
					.query()
					.singleRow());
		row.put("attempts", ((Number) row.get("attempts")).intValue());
		return row;
	}

	private static Instant dueAt(long id) {
		return a.jdbc.sql("select next_attempt_at from notification_outbox where id = ?")
			.param(id)
			.query((rs, n) -> org.samadhan.shared.SqlTime.read(rs, "next_attempt_at"))
			.single();
	}

	private static Instant micros(Instant instant) {
		return instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	private static List<String> statusesOf(List<Long> ids) {
		return a.jdbc.sql("select status from notification_outbox where id in (:ids)")
			.param("ids", ids)
			.query(String.class)
			.list();
	}

	private static long complaintId(String reference) {
		return a.context.getBean(org.samadhan.complaint.Complaints.class)
			.describe(org.samadhan.shared.ReferenceNumber.parse(reference))
			.id();
	}

	/** One running instance and the beans the tests drive. */
	static final class Instance {

		final ConfigurableApplicationContext context;

		final OutboxDispatcher dispatcher;

		final OutboxRepository repository;

		final MovableClock clock;

		final JdbcClient jdbc;

		final TransactionTemplate transaction;

		Instance(ConfigurableApplicationContext context) {
			this.context = context;
			this.dispatcher = context.getBean(OutboxDispatcher.class);
			this.repository = context.getBean(OutboxRepository.class);
			this.clock = context.getBean(MovableClock.class);
			this.jdbc = context.getBean(JdbcClient.class);
			this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		}

		int port() {
			return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		}

		/** Writes messages in one transaction; returns the ids of what it wrote. */
		List<Long> write(java.util.function.Consumer<Outbox> messages) {
			long before = jdbc.sql("select coalesce(max(id), 0) from notification_outbox").query(Long.class).single();
			transaction.executeWithoutResult(status -> messages.accept(context.getBean(Outbox.class)));
			return jdbc.sql("select id from notification_outbox where id > ? order by id")
				.param(before)
				.query(Long.class)
				.list();
		}
	}
}
