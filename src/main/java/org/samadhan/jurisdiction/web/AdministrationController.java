package org.samadhan.jurisdiction.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.AdminAction;
import org.samadhan.jurisdiction.AdminChange;
import org.samadhan.jurisdiction.AdminRequests.NewOfficer;
import org.samadhan.jurisdiction.AdminRequests.NewPosting;
import org.samadhan.jurisdiction.AdminRequests.NewUnit;
import org.samadhan.jurisdiction.AdminRequests.OfficerChange;
import org.samadhan.jurisdiction.AdminRequests.Relief;
import org.samadhan.jurisdiction.AdminRequests.UnitChange;
import org.samadhan.jurisdiction.AdminRequests.UnitClosure;
import org.samadhan.jurisdiction.Administration;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.OfficerStatus;
import org.samadhan.jurisdiction.Posting;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The administrators' API: units, officers, postings and the record of administration. A district
 * administrator reaches their district only (anything else is "unknown", as if it did not exist);
 * the state's reaches everything. Every change names the version it read; of two administrators
 * changing one officer or unit at once, the second gets 409.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "Administration", description = "Units, officers, postings and transfers, and the record of changes")
class AdministrationController {

	private final Administration administration;

	private final Jurisdiction jurisdiction;

	AdministrationController(Administration administration, Jurisdiction jurisdiction) {
		this.administration = administration;
		this.jurisdiction = jurisdiction;
	}

	@GetMapping("/districts")
	@Operation(summary = "State administrators: every district, and whether someone receives its complaints")
	List<DistrictView> districts(Actor actor) {
		return administration.staffing(actor)
			.stream()
			.map(s -> new DistrictView(UnitView.of(s.district()), s.staffed(), s.circles(), s.officers()))
			.toList();
	}

	@GetMapping("/districts/{code}/units")
	@Operation(summary = "A district's units in tree order, closed ones too")
	List<UnitView> units(@PathVariable String code, Actor actor) {
		return administration.unitsOf(code, actor).stream().map(UnitView::of).toList();
	}

	@PostMapping("/units")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a circle (under a district), a station (under a circle), a beat or an outpost (under a station)")
	UnitView createUnit(@Valid @RequestBody NewUnit request, Actor actor) {
		return UnitView.of(administration.createUnit(request, actor));
	}

	@GetMapping("/units/{code}")
	@Operation(summary = "One unit")
	UnitView unit(@PathVariable String code, Actor actor) {
		return UnitView.of(administration.unit(code, actor));
	}

	@PutMapping("/units/{code}")
	@Operation(summary = "Rename a unit or set its position, against the version read")
	UnitView changeUnit(@PathVariable String code, @Valid @RequestBody UnitChange request, Actor actor) {
		return UnitView.of(administration.changeUnit(code, request, actor));
	}

	@PostMapping("/units/{code}/close")
	@Operation(summary = "Close a unit; refused (422, with what is left) while units below it, officers or open complaints remain")
	UnitView closeUnit(@PathVariable String code, @Valid @RequestBody UnitClosure request, Actor actor) {
		return UnitView.of(administration.closeUnit(code, request, actor));
	}

	@GetMapping("/units/{code}/holders")
	@Operation(summary = "Who held a post at this unit on a day (default today)")
	List<HolderView> holders(@PathVariable String code, @RequestParam(required = false) LocalDate on, Actor actor) {
		return administration.holders(code, on, actor)
			.stream()
			.map(h -> new HolderView(OfficerView.of(h.officer()), PostingView.of(h.posting())))
			.toList();
	}

	@GetMapping("/officers")
	@Operation(summary = "Officers the administrator keeps; q: part of a name, username or mobile; status: ACTIVE, SUSPENDED, DEACTIVATED")
	List<OfficerView> officers(@RequestParam(required = false) String district, @RequestParam(required = false) String q,
			@RequestParam(required = false) OfficerStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Actor actor) {
		return administration.officers(district, q, status, page, size, actor).stream().map(OfficerView::of).toList();
	}

	@PostMapping("/officers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an officer with their first posting; a one-time link to set the password goes to their mobile")
	OfficerView createOfficer(@Valid @RequestBody NewOfficer request, Actor actor) {
		return OfficerView.of(administration.createOfficer(request, actor));
	}

	@GetMapping("/officers/{id}")
	@Operation(summary = "One officer with the history of their postings, newest first")
	OfficerRecordView officer(@PathVariable long id, Actor actor) {
		Administration.OfficerRecord record = administration.officer(id, actor);
		return new OfficerRecordView(OfficerView.of(record.officer()),
				record.postings().stream().map(PostingView::of).toList());
	}

	@PutMapping("/officers/{id}")
	@Operation(summary = "Change an officer's names, rank or mobile, against the version read")
	OfficerView changeOfficer(@PathVariable long id, @Valid @RequestBody OfficerChange request, Actor actor) {
		return OfficerView.of(administration.changeOfficer(id, request, actor));
	}

	@PostMapping("/officers/{id}/postings")
	@Operation(summary = "Post, transfer, change roles or reinstate (version required); the officer's open enquiries they can no longer hold go to the SHO's to-reassign list at once")
	OfficerView post(@PathVariable long id, @Valid @RequestBody NewPosting request, Actor actor) {
		return OfficerView.of(administration.post(id, request, actor));
	}

	@PostMapping("/officers/{id}/suspend")
	@Operation(summary = "Suspend an officer: no sign-in, no posting, open enquiries handed on at once")
	OfficerView suspend(@PathVariable long id, @Valid @RequestBody Relief request, Actor actor) {
		return OfficerView.of(administration.suspend(id, request, actor));
	}

	@PostMapping("/officers/{id}/deactivate")
	@Operation(summary = "Deactivate an officer who left the service: as a suspension, never posted again")
	OfficerView deactivate(@PathVariable long id, @Valid @RequestBody Relief request, Actor actor) {
		return OfficerView.of(administration.deactivate(id, request, actor));
	}

	@GetMapping("/changes")
	@Operation(summary = "The record of administration, newest first: of the administrator's district, or all")
	List<ChangeView> changes(@RequestParam(required = false) Long officer, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, Actor actor) {
		return administration.changes(officer, unit, page, actor).stream().map(ChangeView::of).toList();
	}

	record DistrictView(UnitView district, boolean staffed, int circles, long activeOfficers) {
	}

	record UnitView(long id, String code, UnitKind kind, String nameEn, String nameHi, Long parentId, Long districtId,
			Double latitude, Double longitude, LocalDate closedOn, int version) {

		static UnitView of(Unit u) {
			return new UnitView(u.id(), u.code(), u.kind(), u.nameEn(), u.nameHi(), u.parentId(), u.districtId(),
					u.latitude(), u.longitude(), u.closedOn(), u.version());
		}
	}

	record OfficerView(long id, String username, String nameEn, String nameHi, String rank, String mobile,
			OfficerStatus status, String postingCode, UnitKind postingKind, List<Role> roles, int version) {

		static OfficerView of(Officer o) {
			return new OfficerView(o.id(), o.username(), o.nameEn(), o.nameHi(), o.rank(), o.mobile(), o.status(),
					o.posting() == null ? null : o.posting().code(), o.posting() == null ? null : o.posting().kind(),
					o.roles().stream().sorted().toList(), o.version());
		}
	}

	record PostingView(long id, String unitCode, String unitNameEn, String unitNameHi, List<Role> roles,
			LocalDate startsOn, LocalDate endsOn, String orderRef, String endReason) {

		static PostingView of(Posting p) {
			return new PostingView(p.id(), p.unit().code(), p.unit().nameEn(), p.unit().nameHi(),
					p.roles().stream().sorted().toList(), p.startsOn(), p.endsOn(), p.orderRef(), p.endReason());
		}
	}

	record OfficerRecordView(OfficerView officer, List<PostingView> postings) {
	}

	record HolderView(OfficerView officer, PostingView posting) {
	}

	record ChangeView(long id, Instant at, Long actorOfficerId, String actorName, AdminAction action, Long districtId,
			Long unitId, Long officerId, String details) {

		static ChangeView of(AdminChange c) {
			return new ChangeView(c.id(), c.at(), c.actorOfficerId(), c.actorName(), c.action(), c.districtId(),
					c.unitId(), c.officerId(), c.details());
		}
	}
}
