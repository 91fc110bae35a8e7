package org.samadhan.complaint.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.samadhan.complaint.ComplaintQuery;
import org.samadhan.complaint.ComplaintSearch;
import org.samadhan.complaint.ComplaintSummary;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.HistoryEntry;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Officers' reads and the routing commands: mark, send back, transfer, assign. Every call answers
 * 404 for a complaint outside the caller's posting, exactly as for one that does not exist.
 */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaints", description = "Reading and routing complaints")
class ComplaintController {

	private final Complaints complaints;

	private final Jurisdiction jurisdiction;

	ComplaintController(Complaints complaints, Jurisdiction jurisdiction) {
		this.complaints = complaints;
		this.jurisdiction = jurisdiction;
	}

	/** What the list takes; anything else is refused, so that a misspelt key is never silently ignored. */
	private static final Set<String> LIST_PARAMETERS = Set.of("status", "mine", "awaiting", "station", "officer",
			"category", "channel", "age", "defaulter", "flagged", "sort", "reference", "mobile", "q", "page", "size",
			"lang");

	@GetMapping
	@Operation(summary = "Complaints within the caller's posting, newest first; mine=true: those whose enquiry the caller holds; awaiting=true: the caller's review queue",
			description = """
					Search keys and filters narrow the list; all that is given must match. reference: a 13-digit \
					reference number, spaces or dashes allowed (a mistyped one answers 400 with didYouMean: the \
					numbers one typing mistake away that the caller may see); mobile: the complainant's mobile in any \
					usual form (+91 98765 01234, 09876501234, 919876501234); q: words of the name, description or \
					incident address, Hindi or English, every word must match. Filters: status (repeat it or separate \
					by commas), station (code), officer (enquiry officer's id), category (code), channel, age \
					(UP_TO_7, DAYS_8_TO_15, DAYS_16_TO_30, OVER_30), defaulter=true, flagged=true; sort: NEWEST \
					(default), OLDEST, DUE_SOONEST. An unknown parameter or value answers 400.""")
	List<ComplaintSummary> list(@RequestParam(required = false) List<String> status,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean awaiting,
			@RequestParam(required = false) String station, @RequestParam(required = false) String officer,
			@RequestParam(required = false) String category, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String age, @RequestParam(required = false) String defaulter,
			@RequestParam(required = false) String flagged, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String reference, @RequestParam(required = false) String mobile,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, HttpServletRequest request, Actor actor) {
		for (String name : request.getParameterMap().keySet()) {
			if (!LIST_PARAMETERS.contains(name)) {
				throw new InvalidInputException(name, "request.parameter-unknown", name,
						String.join(", ", new TreeSet<>(LIST_PARAMETERS)));
			}
		}
		ComplaintSearch search = new ComplaintSearch(status, station, officer, category, channel, age, defaulter, flagged,
				sort, reference, mobile, q);
		return complaints.list(actor, new ComplaintQuery(null, mine, awaiting, page, size, search));
	}

	@GetMapping("/{reference}")
	@Operation(summary = "One complaint")
	ComplaintView view(@PathVariable String reference, Actor actor) {
		return complaints.view(ReferenceNumber.parse(reference), actor);
	}

	@GetMapping("/{reference}/history")
	@Operation(summary = "Every change of status: who, when, from, to, why")
	List<HistoryEntry> history(@PathVariable String reference, Actor actor) {
		return complaints.history(ReferenceNumber.parse(reference), actor);
	}

	@PostMapping("/{reference}/mark")
	@Operation(summary = "IGRS cell marks an unmarked complaint to a police station of the district")
	ComplaintView mark(@PathVariable String reference, @Valid @RequestBody MarkRequest request, Actor actor) {
		long stationId = jurisdiction.unitByCode(request.stationCode())
			.filter(u -> u.kind() == UnitKind.STATION)
			.orElseThrow(() -> new InvalidInputException("stationCode", "complaint.station.not-in-district"))
			.id();
		return complaints.markToStation(ReferenceNumber.parse(reference), stationId, request.note(), actor);
	}

	@PostMapping("/{reference}/send-back")
	@Operation(summary = "SHO sends a wrongly marked complaint back to the district inbox")
	ComplaintView sendBack(@PathVariable String reference, @Valid @RequestBody ReasonRequest request, Actor actor) {
		return complaints.sendBackToDistrict(ReferenceNumber.parse(reference), request.reason(), actor);
	}

	@PostMapping("/{reference}/transfer-to-district")
	@Operation(summary = "IGRS cell sends the complaint to the district where it belongs")
	ComplaintView transferToDistrict(@PathVariable String reference, @Valid @RequestBody DistrictTransferRequest request,
			Actor actor) {
		long districtId = jurisdiction.unitByCode(request.districtCode())
			.filter(u -> u.kind() == UnitKind.DISTRICT)
			.orElseThrow(() -> new InvalidInputException("districtCode", "complaint.district.unknown"))
			.id();
		return complaints.transferToDistrict(ReferenceNumber.parse(reference), districtId, request.reason(), actor);
	}

	@PostMapping("/{reference}/transfer-out")
	@Operation(summary = "IGRS cell sends a complaint outside police remit to the office named")
	ComplaintView transferOut(@PathVariable String reference, @Valid @RequestBody OutsideTransferRequest request,
			Actor actor) {
		return complaints.transferOut(ReferenceNumber.parse(reference), request.receivingOffice(), request.reason(),
				actor);
	}

	@PostMapping("/{reference}/assign")
	@Operation(summary = "SHO (or an officer above acting in the SHO's place) assigns the complaint to an investigating officer of the station")
	ComplaintView assign(@PathVariable String reference, @Valid @RequestBody AssignRequest request, Actor actor) {
		return complaints.assign(ReferenceNumber.parse(reference), request.officerId(), request.note(), actor);
	}

	@PostMapping("/{reference}/hand-over")
	@Operation(summary = "SHO, or anyone above in the chain, hands an open enquiry (assigned, under enquiry or returned) to another IO of the station, with a reason")
	ComplaintView handOver(@PathVariable String reference, @Valid @RequestBody HandOverRequest request, Actor actor) {
		return complaints.handOver(ReferenceNumber.parse(reference), request.officerId(), request.reason(), actor);
	}

	@GetMapping("/to-reassign")
	@Operation(summary = "Open enquiries whose officer left the post, waiting to be handed over, oldest first, within the caller's posting")
	List<ComplaintSummary> toReassign(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor) {
		return complaints.awaitingOfficer(actor, page, size);
	}

	record HandOverRequest(@NotNull(message = "{complaint.officer.required}") Long officerId,
			@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}

	record MarkRequest(@NotBlank(message = "{complaint.station.required}") String stationCode,
			@Size(max = 2000, message = "{request.text.too-long}") String note) {
	}

	record ReasonRequest(@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}

	record DistrictTransferRequest(@NotBlank(message = "{complaint.district.required}") String districtCode,
			@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}

	record OutsideTransferRequest(
			@NotBlank(message = "{complaint.transfer.office-required}") @Size(max = 300, message = "{request.text.too-long}") String receivingOffice,
			@NotBlank(message = "{complaint.reason.required}") @Size(max = 2000, message = "{request.text.too-long}") String reason) {
	}

	record AssignRequest(@NotNull(message = "{complaint.officer.required}") Long officerId,
			@Size(max = 2000, message = "{request.text.too-long}") String note) {
	}
}
