package org.samadhan.scrutiny;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.samadhan.attachment.Attachments;
import org.samadhan.attachment.StoredAttachment;
import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.HistoryEntry;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.enquiry.LoggedVisit;
import org.samadhan.enquiry.ReportFiled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Checks each report as it is filed, in the filing transaction, and keeps what the rules found.
 * It hears the enquiry's {@link ReportFiled} rather than the complaint's SUBMIT_REPORT move, which
 * comes before the report's row exists. A report refiled after a return is a new report and is
 * checked afresh. The check reads: the enquiry record, the history (for the assignment), the first
 * 128 KB of each site photo, and the report signatures that share an LSH band with this one among
 * the officer's and the station's reports of the look-back window, the other complaints' site photos
 * with the same SHA-256 or a perceptual hash band in common, and the officer's own site visits (in all
 * complaints) within {@code timeline.window} of this enquiry's; its time is published as the timer
 * {@code samadhan.scrutiny.report-check}, and the part spent on the last two as
 * {@code samadhan.scrutiny.evidence-reuse-check}.
 */
@Component
class PaperDisposalDetector {

	private static final Logger log = LoggerFactory.getLogger(PaperDisposalDetector.class);

	/** The moves that hand the enquiry to an officer: from these the "filed too fast" clock runs. */
	private static final Set<ComplaintAction> HANDING_OVER = Set.of(ComplaintAction.ASSIGN, ComplaintAction.REASSIGN,
			ComplaintAction.HAND_OVER);

	private final Complaints complaints;

	private final Enquiries enquiries;

	private final Attachments attachments;

	private final ScrutinyRepository repository;

	private final ScrutinySettings settings;

	private final List<ReportCheck> checks;

	private final Clock clock;

	private final Timer timer;

	private final Timer reuseTimer;

	private final ApplicationEventPublisher events;

	private final SitePhotoIndex sitePhotos;

	PaperDisposalDetector(Complaints complaints, Enquiries enquiries, Attachments attachments,
			ScrutinyRepository repository, ScrutinySettings settings, Clock clock, MeterRegistry meters,
			ApplicationEventPublisher events, SitePhotoIndex sitePhotos) {
		this.events = events;
		this.sitePhotos = sitePhotos;
		this.complaints = complaints;
		this.enquiries = enquiries;
		this.attachments = attachments;
		this.repository = repository;
		this.settings = settings;
		this.checks = ReportCheck.all(settings);
		this.clock = clock;
		this.timer = Timer.builder("samadhan.scrutiny.report-check")
			.description("Time to check one filed report for signs of a paper disposal")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
		this.reuseTimer = Timer.builder("samadhan.scrutiny.evidence-reuse-check")
			.description("Part of a report's check spent finding its photos in other complaints and walking the officer's timeline")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
	}

	@EventListener
	void on(ReportFiled event) {
		timer.record(() -> check(event));
	}

	List<Flag> check(ReportFiled event) {
		ComplaintView complaint = event.complaint();
		EnquiryFile file = event.work();
		EnquiryFile.Report report = event.report();
		Instant assignedAt = assignedAt(complaints.historyOf(event.complaintId()), report.submittedAt());
		List<ReportEvidence.SimilarReport> similar = compareText(complaint, report, file);
		long started = System.nanoTime();
		List<ReportEvidence.ReusedPhoto> reused = sitePhotos.reused(complaint, file);
		List<ReportEvidence.TimelineStep> timeline = timeline(complaint, file, report.authorId());
		reuseTimer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
		ReportEvidence evidence = new ReportEvidence(complaint, file, report, assignedAt, photos(complaint, file),
				similar, reused, timeline, clock.getZone());
		List<Flag> flags = new ArrayList<>();
		for (ReportCheck check : checks) {
			flags.addAll(check.check(evidence));
		}
		repository.saveCheck(report.id(), complaint.id(), flags, report.submittedAt());
		complaints.showFlags(complaint.id(), flags.size());
		events.publishEvent(new ReportChecked(complaint.id(), report.id(), flags.stream().map(Flag::code).distinct().toList()));
		return flags;
	}

	/**
	 * When the enquiry was last handed to an officer before the report: an assignment, a reassignment
	 * after a reopen, or a return that moved it up to the circle officer.
	 */
	static Instant assignedAt(List<HistoryEntry> history, Instant before) {
		Instant at = null;
		for (HistoryEntry entry : history) {
			boolean handedOver = HANDING_OVER.contains(entry.action())
					|| (entry.action() == ComplaintAction.RETURN_FOR_ENQUIRY && entry.handedTo() != null);
			if (handedOver && !entry.at().isAfter(before)) {
				at = entry.at();
			}
		}
		return at;
	}

	/**
	 * Signs the report's text with the case's own names masked (the complainant, the victim, the
	 * people heard, the incident's address), compares it with the officer's and station's reports
	 * that share a band, and keeps its signature for the reports to come.
	 */
	private List<ReportEvidence.SimilarReport> compareText(ComplaintView complaint, EnquiryFile.Report report,
			EnquiryFile file) {
		String text = report.findings() + "\n" + (report.actionDetail() == null ? "" : report.actionDetail());
		List<String> names = new ArrayList<>();
		names.add(complaint.complainant().name());
		names.add(complaint.complainant().address());
		if (complaint.victim() != null) {
			names.add(complaint.victim().name());
		}
		names.add(complaint.incident().address());
		file.statements().forEach(statement -> names.add(statement.personName()));
		TextSignature signature = TextSignature.ofReport(text, names);
		Long stationId = complaint.placement().stationId();
		List<ReportEvidence.SimilarReport> similar = new ArrayList<>();
		if (!signature.isEmpty()) {
			Instant since = report.submittedAt().minus(settings.textLookback());
			for (ScrutinyRepository.SignedReport other : repository.reportCandidates(report.authorId(), stationId,
					complaint.id(), signature.bandKeys(), since, settings.textCandidates())) {
				similar.add(new ReportEvidence.SimilarReport(other.reportId(),
						new ReportEvidence.OtherComplaint(other.complaintId(), other.reference(),
								other.stationId() == null ? complaint.placement().districtId() : other.stationId()),
						signature.similarity(other.signature()), other.officerId() == report.authorId(),
						stationId != null && stationId.equals(other.stationId())));
			}
		}
		repository.saveReportText(report.id(), complaint.id(), complaint.reference(), report.authorId(), stationId,
				signature, report.submittedAt());
		return similar;
	}

	/**
	 * The steps of the officer's own timeline that begin or end at one of this enquiry's visits (by
	 * that officer): consecutive visits, in any of their complaints, within {@code timeline.window}.
	 */
	private List<ReportEvidence.TimelineStep> timeline(ComplaintView complaint, EnquiryFile file, long officerId) {
		List<EnquiryFile.SiteVisit> own = file.visits().stream().filter(v -> v.officerId() == officerId).toList();
		if (own.isEmpty()) {
			return List.of();
		}
		ScrutinySettings.Timeline limits = settings.timeline();
		Instant from = own.stream().map(EnquiryFile.SiteVisit::visitedAt).min(Instant::compareTo).orElseThrow();
		Instant to = own.stream().map(EnquiryFile.SiteVisit::visitedAt).max(Instant::compareTo).orElseThrow();
		List<LoggedVisit> visits = enquiries.visitsBy(officerId, from.minus(limits.window()), to.plus(limits.window()),
				limits.maxVisits());
		Map<Long, ReportEvidence.OtherComplaint> others = new HashMap<>();
		List<ReportEvidence.TimelineStep> steps = new ArrayList<>();
		for (int i = 1; i < visits.size(); i++) {
			LoggedVisit before = visits.get(i - 1);
			LoggedVisit after = visits.get(i);
			boolean beforeHere = before.complaintId() == complaint.id();
			if (!beforeHere && after.complaintId() != complaint.id()) {
				continue;
			}
			LoggedVisit here = beforeHere ? before : after;
			LoggedVisit there = beforeHere ? after : before;
			ReportEvidence.OtherComplaint other = others.computeIfAbsent(there.complaintId(), id -> {
				ComplaintView c = id == complaint.id() ? complaint : complaints.describe(id);
				return new ReportEvidence.OtherComplaint(id, c.reference(),
						c.placement().stationId() == null ? c.placement().districtId() : c.placement().stationId());
			});
			ReportEvidence.EnquiryVisit mine = visitOf(here);
			ReportEvidence.EnquiryVisit theirs = visitOf(there);
			steps.add(new ReportEvidence.TimelineStep(mine, theirs, other, mine.position().metersTo(theirs.position()),
					java.time.Duration.between(before.visitedAt(), after.visitedAt())));
		}
		return steps;
	}

	private static ReportEvidence.EnquiryVisit visitOf(LoggedVisit visit) {
		return new ReportEvidence.EnquiryVisit(visit.visitId(), visit.visitedAt(),
				new GeoPoint(visit.latitude(), visit.longitude()));
	}

	/** Every photo of every site visit, with what its EXIF says (nothing, when it cannot be read). */
	private List<ReportEvidence.Photo> photos(ComplaintView complaint, EnquiryFile file) {
		List<ReportEvidence.Photo> photos = new ArrayList<>();
		Map<String, StoredAttachment> stored = new HashMap<>();
		if (file.visits().stream().anyMatch(v -> !v.photoIds().isEmpty())) {
			attachments.ofComplaint(complaint.id()).forEach(a -> stored.put(a.id(), a));
		}
		Map<String, PhotoExif> read = new HashMap<>();
		for (EnquiryFile.SiteVisit visit : file.visits()) {
			for (String photoId : visit.photoIds()) {
				PhotoExif exif = read.computeIfAbsent(photoId, id -> exifOf(stored.get(id)));
				photos.add(new ReportEvidence.Photo(photoId, visit.id(), visit.visitedAt(),
						new GeoPoint(visit.latitude(), visit.longitude()), exif));
			}
		}
		return photos;
	}

	private PhotoExif exifOf(StoredAttachment photo) {
		if (photo == null || !"image/jpeg".equals(photo.mediaType())) {
			return PhotoExif.NONE; // EXIF is read from JPEGs only; PNG and WEBP photos say nothing
		}
		try (InputStream content = attachments.open(photo)) {
			return PhotoExif.read(content);
		}
		catch (IOException unreadable) {
			// A photo that cannot be read says nothing against the visit; the filing goes on.
			log.warn("could not read photo {} of complaint {} for its EXIF: {}", photo.id(), photo.complaintId(),
					unreadable.toString());
			return PhotoExif.NONE;
		}
	}
}
