package org.samadhan.scrutiny.web;

import java.util.List;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.scrutiny.CaseFlags;
import org.samadhan.scrutiny.FailedDisposal;
import org.samadhan.scrutiny.RepeatLink;
import org.samadhan.scrutiny.Scrutiny;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The detector's flags on reports, and repeat complaints. */
@RestController
@Tag(name = "Scrutiny", description = "Quality flags on reports (paper disposals) and repeat complaints")
class ScrutinyController {

	private final Scrutiny scrutiny;

	ScrutinyController(Scrutiny scrutiny) {
		this.scrutiny = scrutiny;
	}

	@GetMapping("/api/complaints/{reference}/flags")
	@Operation(summary = "The quality flags of the report under review (and earlier rounds), each with its evidence; for those who read the case file")
	CaseFlags flags(@PathVariable String reference, Actor actor) {
		return scrutiny.flags(ReferenceNumber.parse(reference), actor);
	}

	@GetMapping("/api/complaints/{reference}/repeats")
	@Operation(summary = "Earlier complaints this one repeats, and later ones that repeat it; a repeat of a settled complaint marks a failed disposal")
	List<RepeatLink> repeats(@PathVariable String reference, Actor actor) {
		return scrutiny.repeats(ReferenceNumber.parse(reference), actor);
	}

	@GetMapping("/api/repeats/failed-disposals")
	@Operation(summary = "Disposals in the caller's posting that failed: the matter came back as a repeat (newest first, at most 200)")
	List<FailedDisposal> failedDisposals(Actor actor) {
		return scrutiny.failedDisposals(actor);
	}
}
