package org.samadhan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Incident;
import org.samadhan.complaint.NewComplaint;
import org.samadhan.complaint.Person;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.StatementLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * What a sweep batch costs the database does not grow with the batch: its warnings, defaults,
 * escalations, facts, messages and read-model rows go in as sets, a statement or a JDBC batch for
 * each kind, however many complaints fall due at once. Before, the read model took a statement per
 * complaint and event (three for a defaulter), which made a 5 % catch-up at 1M take 9 s.
 */
@SamadhanTest
@Import({ StatementLog.class, MovableClock.Config.class })
@TestPropertySource(properties = "samadhan.deadline.sweep.batch-size=1000")
class SweepStatementCountTest {

	private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	private static final int COMPLAINTS = 60;

	/**
	 * Notices, escalations, facts, messages, the clocks, and the read model's warned, defaulted and
	 * escalated rows and its day count of defaulters (an update, and an insert for a day's first).
	 */
	private static final int WRITES_PER_BATCH = 10;

	@Autowired
	MovableClock clock;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	Complaints complaints;

	@Autowired
	Jurisdiction jurisdiction;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBatchOfSixtyDueComplaintsWritesAHandfulOfSetsNotRowsOneByOne() throws Exception {
		// Far from every other test's dates: whatever they left due is swept first, unmeasured.
		at("2031-03-03T10:00");
		sweepOnItsThread();
		List<Long> ids = registerAndAssign();
		long unitsDefaultedBefore = defaultedOn("2031-03-31");

		// Samadhan Diwas: five working days, due on Saturday 8 March; warned from Wednesday 5 March.
		at("2031-03-06T12:00");
		StatementLog.clear();
		SweepReport warned = sweepOnItsThread();
		List<String> warning = StatementLog.writes();
		assertThat(warned.warnings()).isGreaterThanOrEqualTo(COMPLAINTS);
		// Two workers may split the due clocks between them: a batch each, whatever the number of complaints.
		assertThat(warned.batches()).isBetween(1, 2);
		assertThat(warning).as(String.join("\n", StatementLog.statements()))
			.hasSizeLessThanOrEqualTo(WRITES_PER_BATCH * warned.batches());

		// Past the limit and every stage level: 60 defaults and the escalations still to come, in one batch.
		at("2031-03-31T12:00");
		StatementLog.clear();
		SweepReport late = sweepOnItsThread();
		List<String> defaulting = StatementLog.writes();
		assertThat(late.defaulted()).isGreaterThanOrEqualTo(COMPLAINTS);
		assertThat(warned.escalations() + late.escalations()).isGreaterThanOrEqualTo(4 * COMPLAINTS);
		assertThat(late.batches()).isBetween(1, 2);
		assertThat(defaulting).as(String.join("\n", StatementLog.statements()))
			.hasSizeLessThanOrEqualTo(WRITES_PER_BATCH * late.batches());

		// The read model says what the sweep decided, for every complaint, and counts each defaulter once.
		assertThat(jdbc.sql("""
				select count(*) from reporting_case where complaint_id in (:ids)
				and near_default and defaulter and defaulted_on = :day and escalation_level = 4""")
			.param("ids", ids)
			.param("day", LocalDate.parse("2031-03-31"))
			.query(Long.class)
			.single()).isEqualTo(COMPLAINTS);
		assertThat(defaultedOn("2031-03-31") - unitsDefaultedBefore).isEqualTo(late.defaulted());
		// The IO and the SHO warned and told of the default; each officer escalated to told once.
		assertThat(outbox(ids, "deadline-near")).isEqualTo(2L * COMPLAINTS);
		assertThat(outbox(ids, "defaulted")).isEqualTo(2L * COMPLAINTS);
		assertThat(outbox(ids, "escalated")).isEqualTo(jdbc
			.sql("select count(*) from deadline_escalation where complaint_id in (:ids) and officer_id is not null")
			.param("ids", ids)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(4L * COMPLAINTS);
	}

	private long outbox(List<Long> ids, String template) {
		return jdbc.sql("select count(*) from notification_outbox where complaint_id in (:ids) and template = :template")
			.param("ids", ids)
			.param("template", template)
			.query(Long.class)
			.single();
	}

	/** The sweep as the schedule runs it, on a thread the statement log listens to. */
	private SweepReport sweepOnItsThread() throws InterruptedException {
		AtomicReference<SweepReport> report = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(() -> {
			try {
				report.set(sweep.sweep());
			}
			catch (Throwable t) {
				failure.set(t);
			}
		}, "deadline-sweep-test");
		thread.start();
		thread.join(120_000);
		assertThat(failure.get()).isNull();
		assertThat(report.get()).isNotNull();
		return report.get();
	}

	private long defaultedOn(String day) {
		return jdbc.sql("select coalesce(sum(defaulted), 0) from reporting_day where counted_on = :day")
			.param("day", LocalDate.parse(day))
			.query(Long.class)
			.single();
	}

	private List<Long> registerAndAssign() {
		Officer frontDesk = jurisdiction.findOfficerByUsername("frontdesk.kotwali").orElseThrow();
		Officer sho = jurisdiction.findOfficerByUsername("sho.kotwali").orElseThrow();
		Officer io = jurisdiction.findOfficerByUsername("io.kotwali.1").orElseThrow();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < COMPLAINTS; i++) {
			String mobile = "7" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
			ComplaintView registered = complaints.register(new NewComplaint(Channel.SAMADHAN_DIWAS, "THEFT",
					new Person("शिकायतकर्ता " + i, mobile, null, null), null, "समाधान दिवस पर दी गई शिकायत " + i,
					new Incident(LocalDate.parse("2031-03-02"), "रामपुर", null, null), sho.posting().districtId(),
					sho.posting().id()), frontDesk.asActor());
			complaints.assign(ReferenceNumber.parse(registered.reference()), io.id(), null, sho.asActor());
			ids.add(registered.id());
		}
		return ids;
	}

	private void at(String localDateTime) {
		clock.set(LocalDateTime.parse(localDateTime).atZone(IST).toInstant());
	}
}
