package org.samadhan.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.SqlTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The random audit: each day, {@code samadhan.feedback.audit.per-district} disposals of each
 * district are drawn for a call by its ASP or SP. The draw takes the disposals of the day before
 * (in Samadhan's time zone); when they are fewer, it fills up from the earlier disposals of
 * {@code samadhan.feedback.audit.lookback} not drawn before. A disposal is drawn at most once.
 *
 * <p>Each district's draw for a day is claimed by inserting its row in {@code feedback_audit_draw}
 * in the draw's own transaction: a second instance's insert fails on the key and it draws nothing;
 * an instance that dies mid-draw rolls its claim back, and the next run draws again. So the job
 * may run often (hourly) and on every instance.
 *
 * <p>A dissatisfied answer is a finding: flagged to the district's SP, shown in the list, and it
 * changes nothing by itself. A complaint already closed is reopened only if the complainant
 * appeals; one still waiting for feedback is answered by the complainant through the link or the
 * desk (see docs/adr/0007).
 */
@Service
@Transactional
public class Audits {

	private static final Logger log = LoggerFactory.getLogger(Audits.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Set<Role> AUDITORS = Set.of(Role.ASP, Role.SP);

	private final Complaints complaints;

	private final Jurisdiction jurisdiction;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final int perDistrict;

	private final Duration lookback;

	Audits(Complaints complaints, Jurisdiction jurisdiction, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions,
			@Value("${samadhan.feedback.audit.per-district:3}") int perDistrict,
			@Value("${samadhan.feedback.audit.lookback:P7D}") Duration lookback) {
		this.complaints = complaints;
		this.jurisdiction = jurisdiction;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.perDistrict = perDistrict;
		this.lookback = lookback;
	}

	/** Today's draw, for every district that has disposals to draw from. Answers how many were drawn. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public int drawToday() {
		return draw(LocalDate.now(clock));
	}

	/**
	 * The draw for {@code day}: each district with candidates, in a transaction of its own, unless
	 * it was drawn already (by this or another instance). Answers how many disposals were drawn.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public int draw(LocalDate day) {
		Instant dayStart = day.atStartOfDay(clock.getZone()).toInstant();
		Instant windowStart = day.minusDays(1).atStartOfDay(clock.getZone()).toInstant().minus(lookback);
		List<Long> districts = jdbc.sql("""
				select distinct district_id from feedback_request where requested_at >= ? and requested_at < ?
				order by district_id""")
			.params(SqlTime.param(windowStart), SqlTime.param(dayStart))
			.query(Long.class)
			.list();
		int drawn = 0;
		for (long district : districts) {
			try {
				Integer count = ownTransaction.execute(tx -> drawDistrict(district, day));
				drawn += count == null ? 0 : count;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Another instance holds or made this draw; if it dies before committing, a later run draws.
				log.debug("audit draw for district {} on {} is another instance's: {}", district, day, ex.getMessage());
			}
		}
		return drawn;
	}

	private int drawDistrict(long district, LocalDate day) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		jdbc.sql("insert into feedback_audit_draw (district_id, drawn_on, drawn_at, drawn) values (?, ?, ?, 0)")
			.params(district, day, SqlTime.param(now))
			.update();
		Instant dayStart = day.atStartOfDay(clock.getZone()).toInstant();
		Instant yesterday = day.minusDays(1).atStartOfDay(clock.getZone()).toInstant();
		List<long[]> chosen = new ArrayList<>(pick(district, yesterday, dayStart, perDistrict));
		if (chosen.size() < perDistrict) {
			chosen.addAll(pick(district, yesterday.minus(lookback), yesterday, perDistrict - chosen.size()));
		}
		for (long[] request : chosen) {
			jdbc.sql("""
					insert into feedback_audit (district_id, drawn_on, request_id, complaint_id, attempts, finding)
					values (?, ?, ?, ?, 0, false)""")
				.params(district, day, request[0], request[1])
				.update();
		}
		jdbc.sql("update feedback_audit_draw set drawn = ? where district_id = ? and drawn_on = ?")
			.params(chosen.size(), district, day)
			.update();
		return chosen.size();
	}

	/** Up to {@code count} disposals of the district in [from, to) never drawn, chosen at random. */
	private List<long[]> pick(long district, Instant from, Instant to, int count) {
		List<long[]> candidates = new ArrayList<>(jdbc.sql("""
				select r.id, r.complaint_id from feedback_request r
				where r.district_id = ? and r.requested_at >= ? and r.requested_at < ?
				  and not exists (select 1 from feedback_audit a where a.request_id = r.id)""")
			.params(district, SqlTime.param(from), SqlTime.param(to))
			.query((rs, n) -> new long[] { rs.getLong("id"), rs.getLong("complaint_id") })
			.list());
		Collections.shuffle(candidates, RANDOM);
		return candidates.subList(0, Math.min(count, candidates.size()));
	}

	/** The audits drawn on {@code day} in the districts the ASP's or SP's posting covers. */
	@Transactional(readOnly = true)
	public List<Audit> list(LocalDate day, Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("day", day);
		return audits("a.drawn_on = :day and " + scopeFilter(actor, params) + " order by a.id", params);
	}

	/** The findings (dissatisfied answers) of audits in the caller's districts, newest first. */
	@Transactional(readOnly = true)
	public List<Audit> findings(Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		return audits("a.finding = true and " + scopeFilter(actor, params) + " order by a.drawn_on desc, a.id desc limit 200",
				params);
	}

	private List<Audit> audits(String where, Map<String, Object> params) {
		return jdbc.sql("""
				select a.id, a.complaint_id, a.drawn_on, a.attempts, a.called_by, a.called_at, a.reached, a.satisfied,
				       a.remarks, a.finding, r.officer_id
				from feedback_audit a join feedback_request r on r.id = a.request_id
				where\s""" + where)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("complaint_id"), rs.getInt("attempts"),
					rs.getObject("called_by", Long.class), SqlTime.read(rs, "called_at"),
					rs.getObject("reached", Boolean.class), rs.getObject("satisfied", Boolean.class),
					rs.getString("remarks"), rs.getBoolean("finding"), rs.getObject("drawn_on", LocalDate.class),
					rs.getObject("officer_id", Long.class) })
			.list()
			.stream()
			.map(this::audit)
			.toList();
	}

	/**
	 * The result of the audit call. Not reached: counted, and the audit stays open. Reached: the
	 * answer is kept, once; dissatisfied is a finding, flagged to the district's SP.
	 */
	public Audit record(long auditId, boolean reached, Boolean satisfied, String remarks, Actor actor) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("id", auditId);
		String where = scopeFilter(actor, params);
		Object[] row = jdbc.sql("select a.id, a.district_id, a.complaint_id, a.reached from feedback_audit a where a.id = :id and "
				+ where + " for update")
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("district_id"), rs.getLong("complaint_id"),
					rs.getObject("reached", Boolean.class) })
			.optional()
			.orElseThrow(() -> new NotFoundException("feedback.audit.not-found"));
		if (Boolean.TRUE.equals(row[3])) {
			throw new ConflictException("feedback.audit.already-recorded");
		}
		if (reached && satisfied == null) {
			throw new InvalidInputException("satisfied", "feedback.call.satisfied-required");
		}
		boolean finding = reached && !satisfied;
		String note = remarks == null || remarks.isBlank() ? null : remarks.strip();
		jdbc.sql("""
				update feedback_audit set attempts = attempts + 1, called_by = ?, called_at = ?, reached = ?,
				       satisfied = ?, remarks = ?, finding = ?
				where id = ?""")
			.params(actor.officerId(), SqlTime.param(clock.instant().truncatedTo(ChronoUnit.MICROS)), reached,
					reached ? satisfied : null, note, finding, auditId)
			.update();
		if (finding) {
			long district = (Long) row[1];
			ComplaintView complaint = complaints.describe((Long) row[2]);
			List<String> spMobiles = jurisdiction.officerAt(district, Role.SP)
				.map(Officer::mobile)
				.filter(m -> m != null && !m.isBlank())
				.map(List::of)
				.orElse(List.of());
			events.publishEvent(new AuditFindingRecorded(complaint.id(), complaint.reference(), district, spMobiles,
					auditId));
		}
		Map<String, Object> byId = new LinkedHashMap<>();
		byId.put("id", auditId);
		return audits("a.id = :id", byId).get(0);
	}

	/** Only the ASP or SP audits, within the districts their posting covers. */
	private String scopeFilter(Actor actor, Map<String, Object> params) {
		if (AUDITORS.stream().noneMatch(actor::holds)) {
			throw new ForbiddenActionException("feedback.audit.role-required");
		}
		// a district's draw: it names no circle, station or officer
		return jurisdiction.scopeOf(actor).where(new Scope.Columns("a.district_id", null, null, null), params);
	}

	private Audit audit(Object[] row) {
		ComplaintView complaint = complaints.describe((Long) row[1]);
		return new Audit((Long) row[0], (LocalDate) row[9], complaint.reference(), complaint.status(),
				complaint.complainant().name(), complaint.complainant().mobile(), (Long) row[10],
				(Integer) row[2], (Long) row[3], (Instant) row[4], (Boolean) row[5], (Boolean) row[6], (String) row[7],
				(Boolean) row[8]);
	}

	/**
	 * A disposal drawn for an audit call: whom to call, the officer whose disposal it was
	 * ({@code disposedBy}, the enquiry officer when it was disposed of), and what
	 * the call found so far ({@code reached} null until a call is recorded).
	 */
	public record Audit(long id, LocalDate drawnOn, String reference, org.samadhan.complaint.ComplaintStatus status,
			String complainantName, String mobile, Long disposedBy, int attempts, Long calledBy,
			Instant calledAt, Boolean reached, Boolean satisfied, String remarks, boolean finding) {
	}
}
