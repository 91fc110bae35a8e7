package org.samadhan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samadhan.SamadhanApplication;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Incident;
import org.samadhan.complaint.NewComplaint;
import org.samadhan.complaint.Person;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.MovableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of Samadhan on one database (the PostgreSQL database {@code SPRING_DATASOURCE_URL}
 * names, else a named in-memory H2 both open), sweeping a burst of 200 due complaints at the same
 * time: every warning, escalation, defaulting and message happens exactly once. An instance that
 * dies in the middle of a batch (its transaction rolls back) loses nothing: the other takes the
 * batch on its next sweep.
 */
class SweepAcrossInstancesTest {

	private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	private static final int COMPLAINTS = 200;

	private static final MovableClock clock = new MovableClock();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		String shared = System.getenv("SPRING_DATASOURCE_URL") != null ? null
				: "jdbc:h2:mem:deadline-instances-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";
		first = start(shared);
		second = start(shared);
	}

	private static ConfigurableApplicationContext start(String sharedUrl) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--samadhan.deadline.sweep.batch-size=10"));
		if (sharedUrl != null) {
			args.add("--spring.datasource.url=" + sharedUrl);
		}
		return new SpringApplicationBuilder(SamadhanApplication.class).profiles("test")
			.initializers(context -> ((GenericApplicationContext) context).registerBean("movableClock", Clock.class,
					() -> clock, definition -> definition.setPrimary(true)))
			.run(args.toArray(String[]::new));
	}

	@AfterAll
	static void stopThem() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void twoInstancesSweepingABurstOfDueClocksWarnEscalateAndDefaultEachComplaintExactlyOnce() throws Exception {
		at("2026-10-12T10:00");
		List<Long> ids = registerAndAssign(COMPLAINTS);
		// Samadhan Diwas: five working days, due on Saturday 17 October; warned on Wednesday 14.
		ComplaintView sample = first.getBean(Complaints.class).describe(ids.get(0));
		assertThat(sample.due().dueOn()).isEqualTo(LocalDate.parse("2026-10-17"));

		// The second instance claims a batch and dies before it commits.
		at("2026-10-14T12:00");
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch die = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		Future<Set<Long>> dying = pool.submit(() -> {
			TransactionTemplate tx = new TransactionTemplate(second.getBean(PlatformTransactionManager.class));
			return tx.execute(status -> {
				Set<Long> held = second.getBean(DeadlineRepository.class)
					.claimDue(clock.instant(), 10)
					.stream()
					.map(c -> c.complaintId)
					.collect(Collectors.toSet());
				claimed.countDown();
				try {
					die.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				status.setRollbackOnly();
				return held;
			});
		});
		assertThat(claimed.await(60, TimeUnit.SECONDS)).isTrue();
		first.getBean(DeadlineSweep.class).sweep();
		die.countDown();
		Set<Long> held = dying.get(60, TimeUnit.SECONDS);
		assertThat(held).isNotEmpty();
		long heldOfOurs = ids.stream().filter(held::contains).count();
		assertThat(countFacts(ids, "DEADLINE_NEAR")).isEqualTo(COMPLAINTS - heldOfOurs);

		second.getBean(DeadlineSweep.class).sweep();
		assertThat(countFacts(ids, "DEADLINE_NEAR")).isEqualTo(COMPLAINTS);
		assertThat(perComplaint(ids, "DEADLINE_NEAR")).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));

		// Past the limit and every stage level: both instances sweep at once, two threads each.
		at("2026-10-30T12:00");
		CountDownLatch go = new CountDownLatch(1);
		List<Future<SweepReport>> runs = new ArrayList<>();
		for (ConfigurableApplicationContext instance : List.of(first, second, first, second)) {
			runs.add(pool.submit(() -> {
				go.await();
				return instance.getBean(DeadlineSweep.class).sweep();
			}));
		}
		go.countDown();
		int escalations = 0;
		for (Future<SweepReport> run : runs) {
			escalations += run.get(120, TimeUnit.SECONDS).escalations();
		}
		pool.shutdown();
		assertThat(first.getBean(DeadlineSweep.class).sweep().claimed()).isZero();

		assertThat(escalations).isGreaterThanOrEqualTo(4 * COMPLAINTS);
		assertThat(perComplaint(ids, "ESCALATED")).hasSize(COMPLAINTS).allSatisfy((id, n) -> assertThat(n).isEqualTo(4));
		assertThat(perComplaint(ids, "DEFAULTED")).hasSize(COMPLAINTS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
		assertThat(perComplaint(ids, "DEADLINE_NEAR")).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
		assertThat(jdbc().sql("select count(*) from deadline_escalation where complaint_id in (:ids)")
			.param("ids", ids).query(Long.class).single()).isEqualTo(4L * COMPLAINTS);

		// Messages: the IO and the SHO warned, told of the default; SHO, CO, ASP and SP each told of one escalation.
		Map<String, Long> messages = new java.util.TreeMap<>();
		jdbc().sql("""
				select template, count(*) from notification_outbox where complaint_id in (:ids) group by template""")
			.param("ids", ids)
			.query(rs -> {
				messages.put(rs.getString(1), rs.getLong(2));
			});
		assertThat(messages).containsEntry("deadline-near", 2L * COMPLAINTS)
			.containsEntry("defaulted", 2L * COMPLAINTS)
			.containsEntry("escalated", 4L * COMPLAINTS);
		assertThat(jdbc().sql("""
				select count(*) from (select recipient, template, complaint_id from notification_outbox
				where complaint_id in (:ids) group by recipient, template, complaint_id having count(*) > 1) twice""")
			.param("ids", ids).query(Long.class).single()).isZero();
	}

	private List<Long> registerAndAssign(int count) {
		Complaints complaints = first.getBean(Complaints.class);
		Jurisdiction jurisdiction = first.getBean(Jurisdiction.class);
		Officer frontDesk = jurisdiction.findOfficerByUsername("frontdesk.kotwali").orElseThrow();
		Officer sho = jurisdiction.findOfficerByUsername("sho.kotwali").orElseThrow();
		Officer io = jurisdiction.findOfficerByUsername("io.kotwali.1").orElseThrow();
		long station = sho.posting().id();
		long district = sho.posting().districtId();
		Actor desk = frontDesk.asActor();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String mobile = "7" + String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L));
			ComplaintView registered = complaints.register(new NewComplaint(Channel.SAMADHAN_DIWAS, "THEFT",
					new Person("शिकायतकर्ता " + i, mobile, null, null), null, "समाधान दिवस पर दी गई शिकायत " + i,
					new Incident(LocalDate.parse("2026-10-10"), "रामपुर", null, null), district, station), desk);
			complaints.assign(ReferenceNumber.parse(registered.reference()), io.id(), null, sho.asActor());
			ids.add(registered.id());
		}
		return ids;
	}

	private static void at(String localDateTime) {
		clock.set(LocalDateTime.parse(localDateTime).atZone(IST).toInstant());
	}

	private static JdbcClient jdbc() {
		return first.getBean(JdbcClient.class);
	}

	private static long countFacts(List<Long> ids, String action) {
		return jdbc().sql("select count(*) from complaint_history where complaint_id in (:ids) and action = :action")
			.param("ids", ids)
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private static Map<Long, Long> perComplaint(List<Long> ids, String action) {
		Map<Long, Long> counts = new java.util.HashMap<>();
		jdbc().sql("""
				select complaint_id, count(*) from complaint_history where complaint_id in (:ids) and action = :action
				group by complaint_id""")
			.param("ids", ids)
			.param("action", action)
			.query(rs -> {
				counts.put(rs.getLong(1), rs.getLong(2));
			});
		return counts;
	}
}
