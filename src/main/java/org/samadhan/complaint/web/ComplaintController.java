package org.samadhan.complaint.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.samadhan.complaint.ComplaintQuery;
import org.samadhan.complaint.ComplaintStatus;
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

	@GetMapping
	@Operation(summary = "Complaints within the caller's posting, newest first; mine=true: those whose enquiry the caller holds; awaiting=true: the caller's review queue")
	List<ComplaintSummary> list(@RequestParam(required = false) ComplaintStatus status,
			@RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "false") boolean awaiting,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Actor actor) {
		return complaints.list(actor, new ComplaintQuery(status, mine, awaiting, page, size));
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
