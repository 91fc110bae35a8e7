package org.samadhan.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.samadhan.complaint.CitizenAccess;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SqlTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's appeal against a closure, proved with the one-time code sent to the registered
 * mobile (as for reading the complaint), and the ASP's or SP's written decision. The window and
 * the one-appeal-per-closure rule are the complaint's; this module keeps the appeals.
 */
@Service
@Transactional
public class Appeals {

	private final Complaints complaints;

	private final CitizenAccess citizens;

	private final FeedbackRepository repository;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Appeals(Complaints complaints, CitizenAccess citizens, FeedbackRepository repository, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.complaints = complaints;
		this.citizens = citizens;
		this.repository = repository;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The complainant appeals. A wrong, used or expired code is "not found" like an unknown
	 * reference; the code is used up by the attempt even when the appeal is then refused (late).
	 */
	public Appeal appeal(ReferenceNumber reference, String code, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "complaint.reason.required");
		}
		long complaintId = citizens.useCode(reference, code);
		ComplaintView complaint = complaints.describe(complaintId);
		complaints.appeal(complaintId, reason.strip(), Actor.citizen(complaint.complainant().name()));
		long id = repository.insert("""
				insert into feedback_appeal (complaint_id, reason, appealed_at) values (?, ?, ?)""", complaintId,
				reason.strip(), SqlTime.param(now()));
		return find(id);
	}

	/** The ASP or SP decides the open appeal: {@code reopen} allows it, otherwise the closure stands. */
	public Appeal decide(ReferenceNumber reference, boolean reopen, String reason, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		Appeal open = appeals(complaint.id()).stream()
			.filter(a -> a.decidedAt() == null)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new ConflictException("feedback.appeal.none-open"));
		complaints.decideAppeal(reference, reopen, reason, actor);
		jdbc.sql("""
				update feedback_appeal set decided_by = ?, reopened = ?, decision_reason = ?, decided_at = ?
				where id = ? and decided_at is null""")
			.params(actor.officerId(), reopen, reason.strip(), SqlTime.param(now()), open.id())
			.update();
		events.publishEvent(new AppealDecided(complaint.id(), complaint.reference(), complaint.complainant().mobile(),
				reopen, open.id()));
		return find(open.id());
	}

	/** The appeals on a complaint the caller sees, oldest first. */
	@Transactional(readOnly = true)
	public List<Appeal> appeals(ReferenceNumber reference, Actor actor) {
		return appeals(complaints.view(reference, actor).id());
	}

	private List<Appeal> appeals(long complaintId) {
		return jdbc.sql("select * from feedback_appeal where complaint_id = ? order by id")
			.param(complaintId)
			.query((rs, n) -> map(rs))
			.list();
	}

	private Appeal find(long id) {
		return jdbc.sql("select * from feedback_appeal where id = ?").param(id).query((rs, n) -> map(rs)).single();
	}

	private static Appeal map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Appeal(rs.getLong("id"), rs.getString("reason"), SqlTime.read(rs, "appealed_at"),
				rs.getObject("decided_by", Long.class), rs.getObject("reopened", Boolean.class),
				rs.getString("decision_reason"), SqlTime.read(rs, "decided_at"));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** An appeal and, once decided, who decided, whether it reopened the complaint, and why. */
	public record Appeal(long id, String reason, Instant appealedAt, Long decidedBy, Boolean reopened,
			String decisionReason, Instant decidedAt) {
	}
}
