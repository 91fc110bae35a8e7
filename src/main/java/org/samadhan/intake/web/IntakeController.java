package org.samadhan.intake.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.samadhan.complaint.Channel;
import org.samadhan.complaint.Receipt;
import org.samadhan.intake.IncomingFile;
import org.samadhan.intake.RegistrationRequest;
import org.samadhan.intake.Registrations;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Intake", description = "Registering complaints")
class IntakeController {

	private final Registrations registrations;

	IntakeController(Registrations registrations) {
		this.registrations = registrations;
	}

	@PostMapping("/api/public/complaints")
	@Operation(summary = "A citizen files a complaint on the portal", security = {})
	ResponseEntity<Receipt> fileAsCitizen(@Valid @RequestBody RegistrationRequest request,
			@Parameter(description = "Repeat the same key when retrying a submit") @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		Receipt receipt = registrations.register(request, Channel.PORTAL, List.of(),
				Actor.citizen(request.complainant().name()), key);
		return ResponseEntity.status(HttpStatus.CREATED).body(receipt);
	}

	@PostMapping(path = "/api/public/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "A citizen files a complaint with documents: part 'complaint' (JSON) and up to 5 parts 'files'", security = {})
	ResponseEntity<Receipt> fileAsCitizenWithDocuments(@Valid @RequestPart("complaint") RegistrationRequest request,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(registrations.register(request, Channel.PORTAL, incoming(files),
					Actor.citizen(request.complainant().name()), key));
	}

	@PostMapping("/api/complaints")
	@Operation(summary = "An operator enters a complaint received by phone, post, in person or at a hearing")
	ResponseEntity<Receipt> enterAsOperator(@Valid @RequestBody RegistrationRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Actor actor) {
		return created(registrations.register(request, operatorsChannel(request, actor), List.of(), actor, key));
	}

	@PostMapping(path = "/api/complaints", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "An operator enters a complaint with its scanned papers: part 'complaint' (JSON) and parts 'files'")
	ResponseEntity<Receipt> enterAsOperatorWithDocuments(@Valid @RequestPart("complaint") RegistrationRequest request,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Actor actor) {
		return created(registrations.register(request, operatorsChannel(request, actor), incoming(files), actor, key));
	}

	private static Channel operatorsChannel(RegistrationRequest request, Actor actor) {
		if (!actor.holds(Role.OPERATOR) && !actor.holds(Role.IGRS_CELL)) {
			throw new ForbiddenActionException("intake.operator-only");
		}
		if (request.channel() == null) {
			throw new InvalidInputException("channel", "intake.channel.required");
		}
		return request.channel();
	}

	private static List<IncomingFile> incoming(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream()
			.filter(f -> !f.isEmpty() || f.getOriginalFilename() != null && !f.getOriginalFilename().isEmpty())
			.map(f -> new IncomingFile(f.getOriginalFilename(), f.getSize(), () -> {
				try {
					return f.getInputStream();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}))
			.toList();
	}

	/** An officer reads the new complaint at its own address; a citizen tracks it with a one-time code. */
	private static ResponseEntity<Receipt> created(Receipt receipt) {
		return ResponseEntity.created(URI.create("/api/complaints/" + receipt.reference())).body(receipt);
	}
}
