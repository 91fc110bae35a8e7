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
 * the officer's and the station's reports of the look-back window; its time is published as the
 * timer {@code samadhan.scrutiny.report-check}.
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

	private final ApplicationEventPublisher events;

	PaperDisposalDetector(Complaints complaints, Enquiries enquiries, Attachments attachments,
			ScrutinyRepository repository, ScrutinySettings settings, Clock clock, MeterRegistry meters,
			ApplicationEventPublisher events) {
		this.events = events;
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
	}

	@EventListener
	void on(ReportFiled event) {
		timer.record(() -> check(event));
	}

	List<Flag> check(ReportFiled event) {
		ComplaintView complaint = complaints.describe(event.complaintId());
		EnquiryFile file = enquiries.fileOf(event.complaintId());
		EnquiryFile.Report report = file.reports()
			.stream()
			.filter(r -> r.id() == event.reportId())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("report " + event.reportId() + " is not in its enquiry"));
		Instant assignedAt = assignedAt(complaints.historyOf(event.complaintId()), report.submittedAt());
		List<ReportEvidence.SimilarReport> similar = compareText(complaint, report, file);
		ReportEvidence evidence = new ReportEvidence(complaint, file, report, assignedAt, photos(complaint, file),
				similar, clock.getZone());
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
				similar.add(new ReportEvidence.SimilarReport(other.reportId(), other.reference(),
						signature.similarity(other.signature()), other.officerId() == report.authorId(),
						stationId != null && stationId.equals(other.stationId())));
			}
		}
		repository.saveReportText(report.id(), complaint.id(), complaint.reference(), report.authorId(), stationId,
				signature, report.submittedAt());
		return similar;
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
