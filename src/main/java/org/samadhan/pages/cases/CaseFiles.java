package org.samadhan.pages.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samadhan.attachment.AttachmentPurpose;
import org.samadhan.attachment.StoredAttachment;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.enquiry.Party;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.pages.FileSize;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.stereotype.Component;

/**
 * The case file as the case, enquiry and review pages show it ({@code cases/parts :: case-file}):
 * every file of the complaint in one place, the complainant's documents first, then the site
 * visits' photos with the visit's time, the scanned statements with whose statement each is, and
 * the evidence of a special closure. Only the rows are read; each file's bytes are fetched by the
 * browser, one at a time, from the page's file address. Whether an officer may read the case file
 * is the complaint module's rule ({@link Complaints#readsCaseFile}); the enquiry's service asks it
 * again on every read.
 */
@Component
class CaseFiles {

	private final Complaints complaints;

	private final Enquiries enquiries;

	CaseFiles(Complaints complaints, Enquiries enquiries) {
		this.complaints = complaints;
		this.enquiries = enquiries;
	}

	/**
	 * The case file for an officer who may read it; empty for one who sees the complaint only (an
	 * operator, the feedback desk), whose page then shows no case file at all.
	 */
	Optional<CaseFile> of(ComplaintView complaint, Actor actor) {
		if (!complaints.readsCaseFile(complaint, actor)) {
			return Optional.empty();
		}
		ReferenceNumber reference = ReferenceNumber.parse(complaint.reference());
		return Optional.of(of(reference, enquiries.file(reference, actor), actor));
	}

	/** The case file, for a page that has read the enquiry's record already (which needs the same right). */
	CaseFile of(ReferenceNumber reference, EnquiryFile file, Actor actor) {
		Map<String, EnquiryFile.SiteVisit> visitOf = new HashMap<>();
		file.visits().forEach(v -> v.photoIds().forEach(id -> visitOf.put(id, v)));
		Map<String, EnquiryFile.Statement> statementOf = new HashMap<>();
		file.statements().stream().filter(s -> s.scanId() != null).forEach(s -> statementOf.put(s.scanId(), s));

		List<Entry> documents = new ArrayList<>();
		List<Entry> photos = new ArrayList<>();
		List<Entry> scans = new ArrayList<>();
		List<Entry> evidence = new ArrayList<>();
		for (StoredAttachment a : enquiries.attachments(reference, actor)) {
			switch (a.purpose()) {
				case COMPLAINT_DOCUMENT -> documents.add(entry(a, null, null));
				case VISIT_PHOTO -> photos.add(entry(a, visitOf.get(a.id()), null));
				case STATEMENT_SCAN -> scans.add(entry(a, null, statementOf.get(a.id())));
				case CLOSURE_EVIDENCE -> evidence.add(entry(a, null, null));
			}
		}
		// A visit's photos together, the visits in the order they happened.
		photos.sort(Comparator.comparing(Entry::visitedAt, Comparator.nullsLast(Comparator.naturalOrder())));
		return new CaseFile(documents, photos, scans, evidence);
	}

	private static Entry entry(StoredAttachment a, EnquiryFile.SiteVisit visit, EnquiryFile.Statement statement) {
		FileSize size = FileSize.of(a.sizeBytes());
		return new Entry(a.id(), a.originalName(), a.kind().isImage(), a.kind().name(), size.unit(), size.amount(),
				a.uploadedAt(), visit == null ? null : visit.visitedAt(), statement == null ? null : statement.party(),
				statement == null ? null : statement.personName());
	}

	/**
	 * Every file of a complaint, by what it is.
	 * @param documents the complainant's documents, filed with the complaint or handed in later
	 * @param photos the site visits' photos, the earliest visit first
	 * @param scans the signed statements, scanned
	 * @param evidence what the enquiry officer gave in evidence of a special closure
	 */
	record CaseFile(List<Entry> documents, List<Entry> photos, List<Entry> scans, List<Entry> evidence) {

		public boolean isEmpty() {
			return documents.isEmpty() && photos.isEmpty() && scans.isEmpty() && evidence.isEmpty();
		}

		public int count() {
			return documents.size() + photos.size() + scans.size() + evidence.size();
		}
	}

	/**
	 * One file as a person reads it.
	 * @param name the name it arrived with; null when it came without one
	 * @param image whether the browser can show it as a picture (a thumbnail)
	 * @param kind the kind of file ({@code MediaKind}'s name), which the page names in its language
	 * @param sizeUnit {@code bytes}, {@code kb} or {@code mb}, the message that shows {@code size}
	 * @param visitedAt for a visit's photo, when the visit was made
	 * @param party for a statement's scan, whose statement it is; {@code personName} who gave it
	 */
	record Entry(String id, String name, boolean image, String kind, String sizeUnit, String size, Instant addedAt,
			Instant visitedAt, Party party, String personName) {
	}
}
