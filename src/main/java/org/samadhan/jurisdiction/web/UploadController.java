package org.samadhan.jurisdiction.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.BulkSetup;
import org.samadhan.jurisdiction.PlanReport;
import org.samadhan.jurisdiction.TransferList;
import org.samadhan.jurisdiction.Upload;
import org.samadhan.jurisdiction.UploadPlan;
import org.samadhan.jurisdiction.UploadedSheets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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

/**
 * Uploads that change many units and officers at once: a district's set-up and a transfer list.
 * Each is a dry run unless {@code apply=true}: the dry run answers every row's outcome and every
 * fault with its row and column, in the caller's language; the real run answers 202 with the
 * upload to poll, or 422 with the faults and nothing written.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration", description = "Units, officers, postings and transfers, and the record of changes")
class UploadController {

	private final BulkSetup setup;

	private final TransferList transfers;

	private final MessageSource messages;

	UploadController(BulkSetup setup, TransferList transfers, MessageSource messages) {
		this.setup = setup;
		this.transfers = transfers;
		this.messages = messages;
	}

	@PostMapping("/districts/{code}/setup")
	@Operation(summary = "Set up a district's units and officers from a file: an XLSX workbook (sheets units and officers) as 'file', or CSV files as 'units' and 'officers' (docs/district-setup.md). Dry run unless apply=true")
	ResponseEntity<?> setup(@PathVariable String code, @RequestPart(required = false) MultipartFile file,
			@RequestPart(required = false) MultipartFile units, @RequestPart(required = false) MultipartFile officers,
			@RequestParam(defaultValue = "false") boolean apply, Actor actor) {
		var tables = BulkSetup.tables(bytes(file), bytes(units), bytes(officers));
		if (!apply) {
			return ResponseEntity.ok(plan(setup.plan(code, tables, actor), null));
		}
		try {
			long id = setup.start(code, tables, name(file, units, officers), joined(file, units, officers), actor);
			return accepted(id);
		}
		catch (BulkSetup.PlanRefused refused) {
			return ResponseEntity.unprocessableContent().body(plan(refused.plan(), null));
		}
	}

	@PostMapping("/transfers")
	@Operation(summary = "Apply a transfer list (CSV or XLSX: username, posting, roles, from, order_ref): the preview shows each move and whose open enquiries go to which station's to-reassign list. Dry run unless apply=true")
	ResponseEntity<?> transfers(@RequestPart MultipartFile file, @RequestParam(defaultValue = "false") boolean apply,
			Actor actor) {
		UploadedSheets.Table table = TransferList.table(bytes(file));
		if (!apply) {
			TransferList.Preview preview = transfers.preview(table, actor);
			return ResponseEntity.ok(plan(preview.plan(), preview));
		}
		try {
			return accepted(transfers.start(table, name(file), bytes(file), actor));
		}
		catch (BulkSetup.PlanRefused refused) {
			TransferList.Preview preview = transfers.preview(table, actor);
			return ResponseEntity.unprocessableContent().body(plan(preview.plan(), preview));
		}
	}

	@GetMapping("/uploads/{id}")
	@Operation(summary = "An upload being applied: RUNNING (done of total rows), DONE or FAILED (and why; nothing written)")
	UploadView upload(@PathVariable long id, Actor actor) {
		return UploadView.of(setup.upload(id, actor), messages);
	}

	private PlanReport plan(UploadPlan plan, TransferList.Preview preview) {
		return PlanReport.of(plan, preview, messages, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<?> accepted(long id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.location(URI.create("/api/admin/uploads/" + id))
			.body(Map.of("uploadId", id, "status", Upload.Status.RUNNING));
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file == null || file.isEmpty() ? null : file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String name(MultipartFile... files) {
		List<String> names = new ArrayList<>();
		for (MultipartFile f : files) {
			if (f != null && !f.isEmpty()) {
				names.add(f.getOriginalFilename() == null ? "upload" : f.getOriginalFilename());
			}
		}
		return String.join(" + ", names);
	}

	private static byte[] joined(MultipartFile... files) {
		java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
		for (MultipartFile f : files) {
			byte[] b = bytes(f);
			if (b != null) {
				all.writeBytes(b);
			}
		}
		return all.toByteArray();
	}

	record UploadView(long id, Upload.Kind kind, String fileName, Upload.Status status, int total, int done,
			int changes, String failure, Instant createdAt, Instant finishedAt) {

		static UploadView of(Upload u, MessageSource messages) {
			return new UploadView(u.id(), u.kind(), u.fileName(), u.status(), u.total(), u.done(), u.changes(),
					u.failure(messages, LocaleContextHolder.getLocale()), u.createdAt(), u.finishedAt());
		}
	}
}
