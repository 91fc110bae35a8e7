package org.samadhan.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SqlTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback desk's work: a call list of the disposals in its posting still waiting for the
 * complainant's word, oldest first, and the result of each call. A reached complainant's word
 * closes or reopens the complaint; an unanswered call is recorded (and in the complaint's
 * history), and the {@link NoAnswerClosure} decides when enough unanswered calls close it without
 * feedback. Calls on one complaint are taken one at a time: of two desk officers answering at
 * once, the second is told it was answered (409).
 */
@Service
@Transactional
public class FeedbackDesk {

	private static final int PAGE_SIZE = 50;

	private final Complaints complaints;

	private final Jurisdiction jurisdiction;

	private final FeedbackRepository repository;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NoAnswerClosure noAnswer;

	FeedbackDesk(Complaints complaints, Jurisdiction jurisdiction, FeedbackRepository repository, JdbcClient jdbc,
			Clock clock, @Value("${samadhan.feedback.no-answer-attempts:3}") int noAnswerAttempts,
			@Value("${samadhan.feedback.no-answer-days:3}") int noAnswerDays) {
		this.complaints = complaints;
		this.jurisdiction = jurisdiction;
		this.repository = repository;
		this.jdbc = jdbc;
		this.clock = clock;
		this.noAnswer = new NoAnswerClosure(noAnswerAttempts, noAnswerDays);
	}

	/** The complaints of the desk's posting waiting for the complainant's word, oldest disposal first. */
	@Transactional(readOnly = true)
	public List<CallListEntry> callList(Actor actor, int page) {
		requireDesk(actor);
		Scope scope = jurisdiction.scopeOf(actor);
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scope.where(Scope.Columns.of("r", "officer_id"), params);
		params.put("limit", PAGE_SIZE);
		params.put("offset", (long) Math.max(0, Math.min(page, 1000)) * PAGE_SIZE);
		return jdbc.sql("""
				select r.complaint_id, r.requested_at,
				       (select count(*) from feedback_call c where c.request_id = r.id) as attempts,
				       (select max(c.called_at) from feedback_call c where c.request_id = r.id) as last_attempt
				from feedback_request r
				where r.closed_at is null and\s""" + where
				+ " order by r.requested_at, r.id limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong("complaint_id"), SqlTime.read(rs, "requested_at"),
					rs.getInt("attempts"), SqlTime.read(rs, "last_attempt") })
			.list()
			.stream()
			.map(row -> {
				ComplaintView complaint = complaints.describe((Long) row[0]);
				return new CallListEntry(complaint.reference(), complaint.complainant().name(),
						complaint.complainant().mobile(), complaint.status(), (Instant) row[1], (Integer) row[2],
						(Instant) row[3]);
			})
			.toList();
	}

	/**
	 * The result of one call. Reached: satisfied closes the complaint, dissatisfied (with a reason)
	 * reopens it. Not reached: the call counts, and closes the complaint without feedback once the
	 * {@link NoAnswerClosure} allows.
	 */
	public CallRecorded recordCall(ReferenceNumber reference, CallReport report, Actor actor) {
		requireDesk(actor);
		ComplaintView complaint = complaints.view(reference, actor);
		if (report.reached() && report.satisfied() == null) {
			throw new InvalidInputException("satisfied", "feedback.call.satisfied-required");
		}
		boolean dissatisfied = report.reached() && !report.satisfied();
		if (dissatisfied && (report.reason() == null || report.reason().isBlank())) {
			throw new InvalidInputException("reason", "feedback.reason.required");
		}
		FeedbackRepository.OpenRequest request = repository.lockOpenRequest(complaint.id())
			.orElseThrow(() -> new ConflictException("feedback.call.not-pending", complaint.reference()));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		repository.insert("""
				insert into feedback_call (request_id, complaint_id, officer_id, called_at, reached, satisfied, reason, remarks)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", request.id(), complaint.id(), actor.officerId(), SqlTime.param(now),
				report.reached(), report.reached() ? report.satisfied() : null, dissatisfied ? report.reason().strip() : null,
				blankToNull(report.remarks()));
		if (report.reached()) {
			String why = dissatisfied ? report.reason().strip() : blankToNull(report.remarks());
			ComplaintView after = complaints.recordFeedback(complaint.id(), report.satisfied(), why, actor);
			repository.insert("""
					insert into feedback_answer (request_id, complaint_id, channel, satisfied, reason, officer_id, answered_at)
					values (?, ?, 'CALL', ?, ?, ?, ?)""", request.id(), complaint.id(), report.satisfied(), why,
					actor.officerId(), SqlTime.param(now));
			return new CallRecorded(after.reference(), after.status(), true, 0, 0, noAnswer.attempts(),
					noAnswer.days(), null);
		}
		complaints.recordFact(complaint.id(), ComplaintAction.FEEDBACK_CALL_UNANSWERED, actor,
				blankToNull(report.remarks()));
		List<Instant> unanswered = jdbc.sql("""
				select called_at from feedback_call where request_id = ? and reached = false order by called_at""")
			.param(request.id())
			.query((rs, n) -> SqlTime.read(rs, "called_at"))
			.list();
		NoAnswerClosure.Verdict verdict = noAnswer.judge(unanswered, clock.getZone());
		ComplaintStatus status = complaint.status();
		String notice;
		if (verdict.closes()) {
			status = complaints.closeWithoutFeedback(complaint.id(),
					"no answer: " + verdict.attempts() + " calls on " + verdict.days() + " days", actor).status();
			notice = "feedback.call.closed-no-answer";
		}
		else if (verdict.tooClose()) {
			notice = "feedback.call.too-close";
		}
		else {
			notice = "feedback.call.unanswered";
		}
		return new CallRecorded(complaint.reference(), status, false, verdict.attempts(), verdict.days(),
				verdict.attemptsNeeded(), verdict.daysNeeded(), notice);
	}

	private static void requireDesk(Actor actor) {
		if (!actor.holds(Role.FEEDBACK_DESK)) {
			throw new ForbiddenActionException("feedback.desk.role-required");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** One complaint on the call list: whom to call, since when, and the calls so far. */
	public record CallListEntry(String reference, String complainantName, String mobile, ComplaintStatus status,
			Instant disposedAt, int attempts, Instant lastAttemptAt) {
	}

	/** What the desk heard: reached or not; if reached, satisfied or not (a reason when not); remarks. */
	public record CallReport(boolean reached, Boolean satisfied, String reason, String remarks) {
	}

	/**
	 * The call as recorded, and where the complaint is now. For an unanswered call: the unanswered
	 * calls so far and the different days they fell on, against those that close it, and
	 * {@code notice}, a message key that tells the desk what follows (arguments: attempts, days,
	 * attempts needed, days needed).
	 */
	public record CallRecorded(String reference, ComplaintStatus status, boolean reached, int unansweredCalls,
			int daysWithCalls, int callsNeeded, int daysNeeded, String notice) {
	}
}
