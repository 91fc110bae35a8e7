package org.samadhan.enquiry;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.samadhan.attachment.AttachmentPurpose;
import org.samadhan.attachment.Attachments;
import org.samadhan.attachment.StoredAttachment;
import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.Label;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SamadhanException.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the enquiry officer's work and files the report. Only the officer who holds the enquiry
 * records, and only while it is open: the complaint's own verb
 * ({@link Complaints#startEnquiry}) checks both, and moves an assigned or returned complaint
 * under enquiry at the first piece of work.
 */
@Service
@Transactional
public class Enquiries {

	/** A device clock may run a little ahead; more than this is a time that has not come yet. */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final Complaints complaints;

	private final EnquiryRepository repository;

	private final Attachments attachments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Enquiries(Complaints complaints, EnquiryRepository repository, Attachments attachments, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.complaints = complaints;
		this.repository = repository;
		this.attachments = attachments;
		this.clock = clock;
	}

	public long recordContact(ReferenceNumber reference, Instant contactedAt, ContactMode mode, ContactOutcome outcome,
			String note, Actor actor) {
		ComplaintView complaint = openFor(reference, actor);
		requirePlausible("contactedAt", contactedAt, complaint);
		return repository.addContact(complaint.id(), actor.officerId(), contactedAt, mode, outcome, note,
				clock.instant());
	}

	public long recordVisit(ReferenceNumber reference, Instant visitedAt, double latitude, double longitude,
			Double accuracyMeters, String note, Actor actor) {
		ComplaintView complaint = openFor(reference, actor);
		requirePlausible("visitedAt", visitedAt, complaint);
		return repository.addVisit(complaint.id(), actor.officerId(), visitedAt, latitude, longitude, accuracyMeters,
				note, clock.instant());
	}

	public StoredAttachment addVisitPhoto(ReferenceNumber reference, long visitId, String fileName, InputStream content,
			Actor actor) {
		ComplaintView complaint = openFor(reference, actor);
		Instant visitedAt = repository.visitTime(visitId, complaint.id())
			.orElseThrow(() -> new NotFoundException("enquiry.visit.not-found"));
		StoredAttachment photo = attachments.store(complaint.id(), AttachmentPurpose.VISIT_PHOTO, fileName, content,
				actor.officerId());
		repository.addVisitPhoto(visitId, photo.id());
		events.publishEvent(new VisitPhotoAdded(complaint.id(), complaint.reference(),
				complaint.placement().stationId(), complaint.placement().districtId(), visitId, visitedAt, photo,
				actor.officerId()));
		return photo;
	}

	public long recordStatement(ReferenceNumber reference, Party party, String personName, String text, Actor actor) {
		ComplaintView complaint = openFor(reference, actor);
		return repository.addStatement(complaint.id(), actor.officerId(), party, personName, text, clock.instant());
	}

	public StoredAttachment addStatementScan(ReferenceNumber reference, long statementId, String fileName,
			InputStream content, Actor actor) {
		ComplaintView complaint = openFor(reference, actor);
		StoredAttachment scan = attachments.store(complaint.id(), AttachmentPurpose.STATEMENT_SCAN, fileName, content,
				actor.officerId());
		if (!repository.attachScan(statementId, complaint.id(), scan.id())) {
			throw new NotFoundException("enquiry.statement.not-found");
		}
		return scan;
	}

	/**
	 * Files the report, or refuses naming every missing piece of work. The complaint's guards say
	 * 404, 403 or 409 first; the work is judged next, before the complaint moves: a refusal writes
	 * nothing.
	 */
	public EnquiryFile.Report submitReport(ReferenceNumber reference, ReportDraft draft, Actor actor) {
		EnquiryFile[] work = new EnquiryFile[1];
		ComplaintView complaint = complaints.submitReport(reference, draft.actionTaken().name(), actor,
				(found, author) -> {
					work[0] = repository.work(found.id());
					List<Reason> missing = SubmissionPolicy
						.missing(SubmissionPolicy.of(found, work[0], Optional.of(draft)));
					if (!missing.isEmpty()) {
						throw new PolicyRefusal("report.refused", missing);
					}
				});
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		long id = repository.addReport(complaint.id(), actor.officerId(), draft, now);
		EnquiryFile.Report report = new EnquiryFile.Report(id, actor.officerId(), draft.findings(), draft.actionTaken(),
				draft.actionDetail(), draft.firNumber(), draft.nextHearingOn(), now);
		events.publishEvent(new ReportFiled(complaint.id(), complaint.reference(), id, actor.officerId(), now, complaint,
				work[0], report));
		return report;
	}

	/**
	 * A document of the complaint while it is open: the complainant's papers, which anyone who sees
	 * the complaint may add, or evidence for a special closure, which the enquiry officer adds.
	 * Nothing in the record is replaced.
	 */
	public StoredAttachment addDocument(ReferenceNumber reference, AttachmentPurpose purpose, String fileName,
			InputStream content, Actor actor) {
		if (purpose != AttachmentPurpose.COMPLAINT_DOCUMENT && purpose != AttachmentPurpose.CLOSURE_EVIDENCE) {
			throw new InvalidInputException("purpose", "attachment.purpose.invalid");
		}
		ComplaintView complaint = complaints.view(reference, actor);
		if (complaint.status().isSettled()) {
			throw new ConflictException("attachment.complaint-closed");
		}
		if (purpose == AttachmentPurpose.CLOSURE_EVIDENCE && !actor.is(complaint.enquiryOfficerId())) {
			throw new ForbiddenActionException("complaint.action.enquiry-officer-only",
					Label.of("action", ComplaintAction.PROPOSE_SPECIAL_CLOSURE));
		}
		return attachments.store(complaint.id(), purpose, fileName, content, actor.officerId());
	}

	@Transactional(readOnly = true)
	public List<StoredAttachment> attachments(ReferenceNumber reference, Actor actor) {
		return attachments.ofComplaint(complaints.viewCaseFile(reference, actor).id());
	}

	/** An attachment of a complaint the caller sees, with its bytes as they were uploaded. */
	@Transactional(readOnly = true)
	public Download download(ReferenceNumber reference, String attachmentId, Actor actor) {
		StoredAttachment attachment = attachments.find(complaints.viewCaseFile(reference, actor).id(), attachmentId);
		return new Download(attachment, () -> attachments.open(attachment));
	}

	/** An attachment and a way to read its bytes. */
	public record Download(StoredAttachment attachment, java.util.function.Supplier<InputStream> content) {
	}

	/**
	 * What the report still needs and what is already done, by the same policies that refuse a
	 * report, for the checklist the officer sees before writing it; rules about the report's own
	 * words (an FIR's number) wait for the report.
	 */
	@Transactional(readOnly = true)
	public List<ReportNeed> reportNeeds(ReferenceNumber reference, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		return SubmissionPolicy.of(complaint, repository.work(complaint.id()), Optional.empty());
	}

	@Transactional(readOnly = true)
	public EnquiryFile file(ReferenceNumber reference, Actor actor) {
		return repository.file(complaints.viewCaseFile(reference, actor).id());
	}

	/** Everything recorded in the enquiry, unscoped: for modules that check it for Samadhan itself. */
	@Transactional(readOnly = true)
	public EnquiryFile fileOf(long complaintId) {
		return repository.file(complaintId);
	}

	/**
	 * The officer's site visits in every complaint, from {@code from} to {@code to}, in time order, at
	 * most {@code limit}: for the scrutiny of an officer's own timeline.
	 */
	@Transactional(readOnly = true)
	public List<LoggedVisit> visitsBy(long officerId, Instant from, Instant to, int limit) {
		return repository.visitsBy(officerId, from, to, limit);
	}

	/** The report under review for this complaint (the latest filed), for the review module. */
	@Transactional(readOnly = true)
	public Optional<EnquiryFile.Report> latestReport(long complaintId) {
		return repository.latestReport(complaintId);
	}

	private ComplaintView openFor(ReferenceNumber reference, Actor actor) {
		return complaints.startEnquiry(reference, actor);
	}

	private void requirePlausible(String field, Instant at, ComplaintView complaint) {
		if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
			throw new InvalidInputException(field, "enquiry.time.future");
		}
		if (at.isBefore(complaint.registeredAt().minus(CLOCK_SKEW))) {
			throw new InvalidInputException(field, "enquiry.time.before-registration");
		}
	}
}
