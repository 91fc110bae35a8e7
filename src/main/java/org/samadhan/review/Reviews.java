package org.samadhan.review;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.samadhan.attachment.AttachmentPurpose;
import org.samadhan.attachment.Attachments;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Reviewed;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.scrutiny.Scrutiny;
import org.samadhan.shared.SqlTime;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SamadhanException.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' decisions and special closures. The complaint's verbs decide whether the caller is
 * the awaited reviewer (and not the author); this service records what they decided, in the same
 * transaction.
 */
@Service
@Transactional
public class Reviews {

	private final Complaints complaints;

	private final Enquiries enquiries;

	private final Attachments attachments;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Scrutiny scrutiny;

	private final ApplicationEventPublisher events;

	Reviews(Complaints complaints, Enquiries enquiries, Attachments attachments, JdbcClient jdbc, Clock clock,
			Scrutiny scrutiny, ApplicationEventPublisher events) {
		this.events = events;
		this.scrutiny = scrutiny;
		this.complaints = complaints;
		this.enquiries = enquiries;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The awaited level approves the report with a grade: forwarded, or disposed of at the last level. */
	public ComplaintView approve(ReferenceNumber reference, Grade grade, String remarks, Actor actor) {
		return approve(reference, grade, remarks, null, actor);
	}

	/**
	 * As {@link #approve(ReferenceNumber, Grade, String, Actor)}; a report the scrutiny module
	 * flagged is approved only with {@code flagOverrideReason}, which is recorded. Without it the
	 * refusal lists the flags, and nothing was written: the complaint's guards (403, 404, 409) and
	 * then the flags are checked before it moves.
	 */
	public ComplaintView approve(ReferenceNumber reference, Grade grade, String remarks, String flagOverrideReason,
			Actor actor) {
		if (grade == null) {
			throw new InvalidInputException("grade", "review.grade.required");
		}
		Scrutiny.FlagsOverride[] override = new Scrutiny.FlagsOverride[1];
		Reviewed reviewed = complaints.approve(reference, remarks, actor,
				(complaint, level) -> override[0] = scrutiny.checkApproval(complaint.id(), flagOverrideReason, actor));
		scrutiny.recordOverride(override[0], reviewed.level(), actor);
		record(reviewed, actor, ReviewDecision.Verdict.APPROVED, grade, remarks);
		return reviewed.complaint();
	}

	/**
	 * What a reviewer reads before deciding: the report under review, its flags with their evidence
	 * (and earlier rounds'), the complaint's repeat links, and the decisions so far.
	 */
	@Transactional(readOnly = true)
	public ReviewFile reviewFile(ReferenceNumber reference, Actor actor) {
		ComplaintView complaint = complaints.viewCaseFile(reference, actor);
		return new ReviewFile(complaint.reference(), complaint.status(), complaint.awaitingRole(),
				enquiries.latestReport(complaint.id()).orElse(null), scrutiny.flagsOf(complaint.id(), actor),
				scrutiny.repeatsOf(complaint.id(), actor), decisions(reference, actor));
	}

	/** The awaited level sends the report back, graded, with a written reason. */
	public ComplaintView returnReport(ReferenceNumber reference, Grade grade, String reason, Actor actor) {
		if (grade == null) {
			throw new InvalidInputException("grade", "review.grade.required");
		}
		Reviewed reviewed = complaints.returnForEnquiry(reference, reason, actor);
		record(reviewed, actor, ReviewDecision.Verdict.RETURNED, grade, reason);
		return reviewed.complaint();
	}

	@Transactional(readOnly = true)
	public List<ReviewDecision> decisions(ReferenceNumber reference, Actor actor) {
		long complaintId = complaints.viewCaseFile(reference, actor).id();
		return jdbc.sql("select * from review_decision where complaint_id = ? order by id")
			.param(complaintId)
			.query((rs, n) -> new ReviewDecision(rs.getLong("id"), rs.getLong("report_id"),
					Role.valueOf(rs.getString("level_role")), rs.getLong("reviewer_id"),
					ReviewDecision.Verdict.valueOf(rs.getString("decision")),
					rs.getString("grade") == null ? null : Grade.valueOf(rs.getString("grade")), rs.getString("reason"),
					SqlTime.read(rs, "decided_at")))
			.list();
	}

	/**
	 * The enquiry officer proposes special closure, guarded like a report: the complainant must
	 * have been tried (a recorded contact, reached or not), a document must show the ground (a court
	 * order, a revenue record, a statement), and a matter in court needs a case number written as
	 * courts write one. Every missing piece is named at once, before anything moves.
	 */
	public SpecialClosure proposeSpecialClosure(ReferenceNumber reference, ProhibitedSubject subject,
			String explanation, String courtCaseNumber, String evidenceId, Actor actor) {
		return proposeSpecialClosure(reference, subject, explanation, courtCaseNumber,
				evidenceId == null || evidenceId.isBlank() ? null : () -> evidenceId, actor);
	}

	/**
	 * As above, with evidence uploaded with the proposal (the enquiry page): {@code storeEvidence}
	 * stores it and answers its id, and runs only once the proposal's checks have passed, so a
	 * refused proposal keeps no file.
	 */
	public SpecialClosure proposeSpecialClosure(ReferenceNumber reference, ProhibitedSubject subject,
			String explanation, String courtCaseNumber, Supplier<String> storeEvidence, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		List<Reason> missing = new ArrayList<>();
		if (enquiries.fileOf(complaint.id()).contacts().isEmpty()) {
			missing.add(new Reason("CONTACT_ATTEMPT_MISSING", "special-closure.missing.contact"));
		}
		if (subject == ProhibitedSubject.MATTER_IN_COURT && (courtCaseNumber == null || courtCaseNumber.isBlank())) {
			missing.add(new Reason("COURT_CASE_NUMBER_MISSING", "special-closure.missing.court-case"));
		}
		else if (subject == ProhibitedSubject.MATTER_IN_COURT
				&& !CourtCaseNumber.isReal(courtCaseNumber, Year.now(clock))) {
			missing.add(new Reason("COURT_CASE_NUMBER_INVALID", "special-closure.court-case.invalid"));
		}
		if (storeEvidence == null) {
			missing.add(new Reason("EVIDENCE_MISSING", "special-closure.missing.evidence"));
		}
		if (!missing.isEmpty()) {
			throw new PolicyRefusal("special-closure.refused", missing);
		}
		String evidenceId = storeEvidence.get();
		AttachmentPurpose purpose = attachments.find(complaint.id(), evidenceId).purpose();
		if (purpose != AttachmentPurpose.CLOSURE_EVIDENCE && purpose != AttachmentPurpose.COMPLAINT_DOCUMENT) {
			throw new InvalidInputException("evidenceId", "special-closure.evidence-not-a-document");
		}
		complaints.proposeSpecialClosure(reference, explanation, actor);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into review_special_closure (complaint_id, proposed_by, subject, explanation, court_case_number,
				                                    evidence_id, proposed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(complaint.id(), actor.officerId(), subject.name(), explanation, blankToNull(courtCaseNumber),
					blankToNull(evidenceId), SqlTime.param(now))
			.update();
		return openClosure(complaint.id());
	}

	/** The L-2 officer approves (SPECIAL_CLOSED) or refuses (the enquiry goes on), with a reason. */
	public SpecialClosure decideSpecialClosure(ReferenceNumber reference, boolean approve, String reason, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		SpecialClosure open = openClosure(complaint.id());
		complaints.decideSpecialClosure(reference, approve, reason, actor);
		jdbc.sql("""
				update review_special_closure set decided_by = ?, decision = ?, decision_reason = ?, decided_at = ?
				where id = ? and decided_at is null""")
			.params(actor.officerId(), approve ? "APPROVED" : "REJECTED", reason, SqlTime.param(clock.instant()), open.id())
			.update();
		if (approve) {
			events.publishEvent(new SpecialClosureApproved(complaint.id(), complaint.reference(),
					complaint.complainant().mobile(), open.subject(), open.id()));
		}
		return closures(complaint.id()).stream().filter(c -> c.id() == open.id()).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<SpecialClosure> specialClosures(ReferenceNumber reference, Actor actor) {
		return closures(complaints.viewCaseFile(reference, actor).id());
	}

	private SpecialClosure openClosure(long complaintId) {
		return closures(complaintId).stream()
			.filter(c -> c.decidedAt() == null)
			.reduce((first, second) -> second)
			.orElseThrow(() -> new ConflictException("special-closure.none-open"));
	}

	private List<SpecialClosure> closures(long complaintId) {
		return jdbc.sql("select * from review_special_closure where complaint_id = ? order by id")
			.param(complaintId)
			.query((rs, n) -> new SpecialClosure(rs.getLong("id"), ProhibitedSubject.valueOf(rs.getString("subject")),
					rs.getString("explanation"), rs.getString("court_case_number"), rs.getString("evidence_id"),
					rs.getLong("proposed_by"), SqlTime.read(rs, "proposed_at"), rs.getObject("decided_by", Long.class),
					rs.getString("decision") == null ? null : "APPROVED".equals(rs.getString("decision")),
					rs.getString("decision_reason"), SqlTime.read(rs, "decided_at")))
			.list();
	}

	/** Records the decision at the level the complaint says the reviewer acted at, on the report under review. */
	private void record(Reviewed reviewed, Actor actor, ReviewDecision.Verdict verdict, Grade grade, String reason) {
		long complaintId = reviewed.complaint().id();
		EnquiryFile.Report report = enquiries.latestReport(complaintId)
			.orElseThrow(() -> new ConflictException("review.no-report"));
		jdbc.sql("""
				insert into review_decision (complaint_id, report_id, level_role, reviewer_id, decision, grade, reason,
				                             decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(complaintId, report.id(), reviewed.level().name(), actor.officerId(), verdict.name(),
					grade == null ? null : grade.name(), reason, SqlTime.param(clock.instant()))
			.update();
		events.publishEvent(new ReportReviewed(complaintId, report.id(), reviewed.level(), verdict, grade));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}


}
