package org.samadhan.enquiry.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.samadhan.attachment.AttachmentPurpose;
import org.samadhan.attachment.StoredAttachment;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A complaint's files: list, download (the original bytes), and add a document. */
@RestController
@RequestMapping("/api/complaints/{reference}/attachments")
@Tag(name = "Attachments", description = "Files of a complaint")
class AttachmentController {

	private final Enquiries enquiries;

	AttachmentController(Enquiries enquiries) {
		this.enquiries = enquiries;
	}

	@GetMapping
	@Operation(summary = "Every file of the complaint, with type, size and SHA-256")
	List<StoredAttachment> list(@PathVariable String reference, Actor actor) {
		return enquiries.attachments(ReferenceNumber.parse(reference), actor);
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add a document: COMPLAINT_DOCUMENT (the complainant's papers) or CLOSURE_EVIDENCE")
	ResponseEntity<StoredAttachment> upload(@PathVariable String reference,
			@RequestParam(defaultValue = "COMPLAINT_DOCUMENT") AttachmentPurpose purpose,
			@RequestPart("file") MultipartFile file, Actor actor) throws IOException {
		try (InputStream content = file.getInputStream()) {
			StoredAttachment stored = enquiries.addDocument(ReferenceNumber.parse(reference), purpose,
					file.getOriginalFilename(), content, actor);
			return ResponseEntity.created(URI.create("/api/complaints/" + reference + "/attachments/" + stored.id()))
				.body(stored);
		}
	}

	@GetMapping("/{attachmentId}")
	@Operation(summary = "The file's original bytes")
	ResponseEntity<InputStreamResource> download(@PathVariable String reference, @PathVariable String attachmentId,
			Actor actor) {
		Enquiries.Download download = enquiries.download(ReferenceNumber.parse(reference), attachmentId, actor);
		StoredAttachment a = download.attachment();
		String name = a.originalName() == null ? a.id() : a.originalName();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.mediaType()))
			.contentLength(a.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("Digest", "sha-256=" + a.sha256())
			.body(new InputStreamResource(download.content().get()));
	}
}
