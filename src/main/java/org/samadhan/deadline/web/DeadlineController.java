package org.samadhan.deadline.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.samadhan.deadline.AttentionItem;
import org.samadhan.deadline.DeadlineSweep;
import org.samadhan.deadline.DeadlineView;
import org.samadhan.deadline.Deadlines;
import org.samadhan.deadline.Holiday;
import org.samadhan.deadline.Holidays;
import org.samadhan.deadline.Pause;
import org.samadhan.deadline.SweepReport;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.ReferenceNumber;
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

@RestController
@RequestMapping("/api/deadlines")
@Tag(name = "Deadlines", description = "Time limits, escalations, defaulters, pauses and the holiday calendar")
class DeadlineController {

	private final Deadlines deadlines;

	private final Holidays holidays;

	private final DeadlineSweep sweep;

	DeadlineController(Deadlines deadlines, Holidays holidays, DeadlineSweep sweep) {
		this.deadlines = deadlines;
		this.holidays = holidays;
		this.sweep = sweep;
	}

	@GetMapping
	@Operation(summary = "Complaints needing attention in the caller's posting: DEFAULTER, OVERDUE (a stage escalated) "
			+ "or NEAR (the limit is near), soonest due first")
	List<AttentionItem> attention(@RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Actor actor) {
		return deadlines.attention(actor, kind, page, size);
	}

	@GetMapping("/{reference}")
	@Operation(summary = "A complaint's limit, due date, stage clock, escalations, defaulter mark and pauses")
	DeadlineView view(@PathVariable String reference, Actor actor) {
		return deadlines.view(ReferenceNumber.parse(reference), actor);
	}

	@PostMapping("/{reference}/pause")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The enquiry officer asks to pause the clock: COURT_STAY, COMPLAINANT_UNREACHABLE (after three "
			+ "unanswered attempts) or OTHER_AGENCY_REPORT, with a note")
	Pause requestPause(@PathVariable String reference, @Valid @RequestBody PauseRequest request, Actor actor) {
		return deadlines.requestPause(ReferenceNumber.parse(reference), request.reason(), request.note(), actor);
	}

	@PostMapping("/{reference}/pause/approve")
	@Operation(summary = "An officer above the requester (SHO or higher) approves the pending pause: the clock stops")
	Pause approvePause(@PathVariable String reference, @Valid @RequestBody NoteRequest request, Actor actor) {
		return deadlines.approvePause(ReferenceNumber.parse(reference), request.note(), actor);
	}

	@PostMapping("/{reference}/pause/refuse")
	@Operation(summary = "An officer above the requester refuses the pending pause, with a note")
	Pause refusePause(@PathVariable String reference, @Valid @RequestBody NoteRequest request, Actor actor) {
		return deadlines.refusePause(ReferenceNumber.parse(reference), request.note(), actor);
	}

	@PostMapping("/{reference}/pause/end")
	@Operation(summary = "The enquiry officer or a supervisor ends the pause; the due dates move by the paused days")
	Pause endPause(@PathVariable String reference, @Valid @RequestBody NoteRequest request, Actor actor) {
		return deadlines.endPause(ReferenceNumber.parse(reference), request.note(), actor);
	}

	@GetMapping("/holidays/{year}")
	@Operation(summary = "The gazetted holidays of a year (Sundays are off as well)")
	List<Holiday> holidays(@PathVariable int year, Actor actor) {
		return holidays.of(year);
	}

	@PutMapping(path = "/holidays/{year}", consumes = { "text/csv", "text/plain" })
	@Operation(summary = "An administrator replaces a year's holidays with a CSV file (date,name_en,name_hi,source); "
			+ "a file with any fault is refused whole")
	List<Holiday> loadHolidays(@PathVariable int year, @RequestBody String csv, Actor actor) {
		return holidays.replaceYear(year, csv, actor);
	}

	@PostMapping("/sweep")
	@Operation(summary = "An administrator runs the deadline sweep now (it also runs on a schedule); safe with any "
			+ "number of instances")
	SweepReport sweep(Actor actor) {
		if (!actor.holds(Role.ADMIN)) {
			throw new ForbiddenActionException("deadline.sweep.admin-only");
		}
		return sweep.sweep();
	}

	record PauseRequest(@Size(max = 40, message = "{request.text.too-long}") String reason,
			@Size(max = 2000, message = "{request.text.too-long}") String note) {
	}

	record NoteRequest(@Size(max = 2000, message = "{request.text.too-long}") String note) {
	}
}
