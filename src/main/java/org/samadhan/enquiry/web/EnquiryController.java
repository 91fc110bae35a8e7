package org.samadhan.enquiry.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiFunction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.samadhan.attachment.StoredAttachment;
import org.samadhan.enquiry.ActionTaken;
import org.samadhan.enquiry.ContactMode;
import org.samadhan.enquiry.ContactOutcome;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.enquiry.Party;
import org.samadhan.enquiry.ReportDraft;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The investigating officer's record of work, and the report. */
@RestController
@RequestMapping("/api/complaints/{reference}")
@Tag(name = "Enquiry", description = "Contacts, site visits, statements and the report")
class EnquiryController {

	private final Enquiries enquiries;

	EnquiryController(Enquiries enquiries) {
		this.enquiries = enquiries;
	}

	@GetMapping("/enquiry")
	@Operation(summary = "Everything recorded in the enquiry")
	EnquiryFile file(@PathVariable String reference, Actor actor) {
		return enquiries.file(ReferenceNumber.parse(reference), actor);
	}

	@PostMapping("/contacts")
	@Operation(summary = "Record a contact with the complainant: when, how, with what outcome")
	ResponseEntity<Created> contact(@PathVariable String reference, @Valid @RequestBody ContactRequest request,
			Actor actor) {
		long id = enquiries.recordContact(ReferenceNumber.parse(reference), request.contactedAt(), request.mode(),
				request.outcome(), request.note(), actor);
		return created(reference, "contacts", id);
	}

	@PostMapping("/visits")
	@Operation(summary = "Record a site visit with the device's time and position; add photos to it next")
	ResponseEntity<Created> visit(@PathVariable String reference, @Valid @RequestBody VisitRequest request,
			Actor actor) {
		long id = enquiries.recordVisit(ReferenceNumber.parse(reference), request.visitedAt(), request.latitude(),
				request.longitude(), request.accuracyMeters(), request.note(), actor);
		return created(reference, "visits", id);
	}

	@PostMapping(path = "/visits/{visitId}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a photo to a site visit (JPEG, PNG or WEBP, judged by its bytes)")
	ResponseEntity<StoredAttachment> photo(@PathVariable String reference, @PathVariable long visitId,
			@RequestPart("file") MultipartFile file, Actor actor) throws IOException {
		return stored(reference, file, (name, content) -> enquiries.addVisitPhoto(ReferenceNumber.parse(reference),
				visitId, name, content, actor));
	}

	@PostMapping("/statements")
	@Operation(summary = "Record a statement (बयान) of the complainant, the opposite party or a witness")
	ResponseEntity<Created> statement(@PathVariable String reference, @Valid @RequestBody StatementRequest request,
			Actor actor) {
		long id = enquiries.recordStatement(ReferenceNumber.parse(reference), request.party(), request.personName(),
				request.text(), actor);
		return created(reference, "statements", id);
	}

	@PostMapping(path = "/statements/{statementId}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach the scanned, signed statement (PDF or image)")
	ResponseEntity<StoredAttachment> scan(@PathVariable String reference, @PathVariable long statementId,
			@RequestPart("file") MultipartFile file, Actor actor) throws IOException {
		return stored(reference, file, (name, content) -> enquiries
			.addStatementScan(ReferenceNumber.parse(reference), statementId, name, content, actor));
	}

	@PostMapping("/report")
	@Operation(summary = "File the report (आख्या); refused with every missing piece of work named")
	ResponseEntity<EnquiryFile.Report> report(@PathVariable String reference, @Valid @RequestBody ReportRequest request,
			Actor actor) {
		EnquiryFile.Report report = enquiries.submitReport(ReferenceNumber.parse(reference),
				new ReportDraft(request.findings(), request.actionTaken(), request.actionDetail(), request.firNumber(),
						request.nextHearingOn()),
				actor);
		return ResponseEntity.created(URI.create("/api/complaints/" + reference + "/enquiry")).body(report);
	}

	/** Each record is read back as part of the enquiry file, which is where Location points. */
	private static ResponseEntity<Created> created(String reference, String kind, long id) {
		return ResponseEntity.created(URI.create("/api/complaints/" + reference + "/enquiry")).body(new Created(id, kind));
	}

	/** Streams an uploaded file into the enquiry and answers with where it can be downloaded. */
	private static ResponseEntity<StoredAttachment> stored(String reference, MultipartFile file,
			BiFunction<String, InputStream, StoredAttachment> store) throws IOException {
		try (InputStream content = file.getInputStream()) {
			StoredAttachment attachment = store.apply(file.getOriginalFilename(), content);
			return ResponseEntity.created(URI.create("/api/complaints/" + reference + "/attachments/" + attachment.id()))
				.body(attachment);
		}
	}

	record Created(long id, String kind) {
	}

	record ContactRequest(@NotNull(message = "{enquiry.time.required}") Instant contactedAt,
			@NotNull(message = "{enquiry.mode.required}") ContactMode mode,
			@NotNull(message = "{enquiry.outcome.required}") ContactOutcome outcome,
			@Size(max = 2000, message = "{request.text.too-long}") String note) {
	}

	record VisitRequest(@NotNull(message = "{enquiry.time.required}") Instant visitedAt,
			@NotNull(message = "{enquiry.position.required}") @DecimalMin(value = "-90", message = "{intake.latitude.range}") @DecimalMax(value = "90", message = "{intake.latitude.range}") Double latitude,
			@NotNull(message = "{enquiry.position.required}") @DecimalMin(value = "-180", message = "{intake.longitude.range}") @DecimalMax(value = "180", message = "{intake.longitude.range}") Double longitude,
			@PositiveOrZero(message = "{enquiry.accuracy.invalid}") Double accuracyMeters,
			@Size(max = 2000, message = "{request.text.too-long}") String note) {
	}

	record StatementRequest(@NotNull(message = "{enquiry.party.required}") Party party,
			@NotBlank(message = "{intake.name.required}") @Size(max = 120, message = "{intake.name.too-long}") String personName,
			@Size(max = 8000, message = "{request.text.too-long}") String text) {
	}

	record ReportRequest(
			@NotBlank(message = "{report.findings.required}") @Size(max = 8000, message = "{request.text.too-long}") String findings,
			@NotNull(message = "{report.action.required}") ActionTaken actionTaken,
			@Size(max = 2000, message = "{request.text.too-long}") String actionDetail,
			@Size(max = 40, message = "{request.text.too-long}") String firNumber,
			/** Optional: the next hearing date, when the matter has one fixed. */
			LocalDate nextHearingOn) {
	}
}
