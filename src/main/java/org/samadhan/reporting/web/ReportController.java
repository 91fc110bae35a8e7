package org.samadhan.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.reporting.CaseFilter;
import org.samadhan.reporting.CasePage;
import org.samadhan.reporting.Dashboard;
import org.samadhan.reporting.Dashboards;
import org.samadhan.reporting.Exports;
import org.samadhan.reporting.MeetingPack;
import org.samadhan.reporting.Ranking;
import org.samadhan.reporting.RankingLevel;
import org.samadhan.reporting.Rankings;
import org.samadhan.reporting.Table;
import org.samadhan.shared.ForbiddenActionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Dashboards, the lists behind their figures, the meeting pack and the monthly ranking, as JSON
 * and as CSV, XLSX and PDF downloads. Every read is scoped to the caller's posting; a unit outside
 * it answers 404.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports", description = "Dashboards, lists behind figures, meeting packs, the monthly ranking, exports")
class ReportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Dashboards dashboards;

	private final Rankings rankings;

	private final Exports exports;

	private final int exportMaxRows;

	ReportController(Dashboards dashboards, Rankings rankings, Exports exports,
			@Value("${samadhan.reporting.export-max-rows:100000}") int exportMaxRows) {
		this.dashboards = dashboards;
		this.rankings = rankings;
		this.exports = exports;
		this.exportMaxRows = exportMaxRows;
	}

	@GetMapping("/dashboard")
	@Operation(summary = "Dashboard of a unit within the caller's posting (default: the posting); quality figures over from..to (default: the last 30 days)")
	Dashboard dashboard(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor) {
		return dashboards.dashboard(actor, unit, from, to);
	}

	@GetMapping("/cases")
	@Operation(summary = "The complaints behind a figure: pass the figure's filter (its 'query')")
	CasePage cases(@RequestParam(defaultValue = "PENDING") CaseFilter.Kind kind, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Long officer, @RequestParam(required = false) CaseFilter.Age age,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Actor actor) {
		return dashboards.cases(actor, CaseFilter.of(kind, unit, officer, age, from, to), page, size);
	}

	@GetMapping("/cases.csv")
	@Operation(summary = "The complaints behind a figure as CSV (UTF-8 with BOM)")
	ResponseEntity<byte[]> casesCsv(@RequestParam(defaultValue = "PENDING") CaseFilter.Kind kind,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) Long officer,
			@RequestParam(required = false) CaseFilter.Age age,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor,
			Locale locale) {
		return download(exports.csv(casesTable(kind, unit, officer, age, from, to, actor, locale)), CSV,
				"complaints-" + kind.name().toLowerCase(Locale.ROOT) + ".csv");
	}

	@GetMapping("/cases.xlsx")
	@Operation(summary = "The complaints behind a figure as an Excel workbook")
	ResponseEntity<byte[]> casesXlsx(@RequestParam(defaultValue = "PENDING") CaseFilter.Kind kind,
			@RequestParam(required = false) Long unit, @RequestParam(required = false) Long officer,
			@RequestParam(required = false) CaseFilter.Age age,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor,
			Locale locale) {
		return download(exports.xlsx(casesTable(kind, unit, officer, age, from, to, actor, locale)), XLSX,
				"complaints-" + kind.name().toLowerCase(Locale.ROOT) + ".xlsx");
	}

	@GetMapping("/meeting-pack")
	@Operation(summary = "The review meeting's (goshthi) data for one station within the caller's posting")
	MeetingPack meetingPack(@RequestParam long station, Actor actor) {
		return dashboards.meetingPack(actor, station);
	}

	@GetMapping("/meeting-pack.pdf")
	@Operation(summary = "Meeting packs as PDF, a page per station: of a station, or each station of a circle or district")
	ResponseEntity<byte[]> meetingPackPdf(@RequestParam(required = false) Long unit, Actor actor, Locale locale) {
		List<MeetingPack> packs = dashboards.meetingPacks(actor, unit);
		return download(exports.pdf(packs, locale), MediaType.APPLICATION_PDF, "meeting-pack" + ".pdf");
	}

	@GetMapping("/ranking")
	@Operation(summary = "The monthly ranking of a level (month yyyy-MM, default the current one, provisional until frozen); each score with its breakdown")
	Ranking ranking(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "STATION") RankingLevel level, Actor actor) {
		return rankings.ranking(actor, month, level);
	}

	@GetMapping("/ranking/{level}/{unitId}")
	@Operation(summary = "One unit's score and its breakdown: each parameter's raw numbers, ratio, weight and marks")
	Ranking.Score score(@PathVariable RankingLevel level, @PathVariable long unitId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Actor actor) {
		return rankings.score(actor, month, level, unitId);
	}

	@GetMapping("/ranking.csv")
	@Operation(summary = "The ranking with every parameter's numbers as CSV (UTF-8 with BOM)")
	ResponseEntity<byte[]> rankingCsv(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "STATION") RankingLevel level, Actor actor, Locale locale) {
		Ranking ranking = rankings.ranking(actor, month, level);
		return download(exports.csv(exports.rankingTable(ranking, locale)), CSV, fileName(ranking) + ".csv");
	}

	@GetMapping("/ranking.xlsx")
	@Operation(summary = "The ranking with every parameter's numbers as an Excel workbook")
	ResponseEntity<byte[]> rankingXlsx(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "STATION") RankingLevel level, Actor actor, Locale locale) {
		Ranking ranking = rankings.ranking(actor, month, level);
		return download(exports.xlsx(exports.rankingTable(ranking, locale)), XLSX, fileName(ranking) + ".xlsx");
	}

	@PostMapping("/ranking/freeze")
	@Operation(summary = "SP or admin: freeze a month that is over now (the scheduled job does it by itself); a month frozen already stays as it is")
	FreezeResult freeze(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Actor actor) {
		if (!actor.holds(Role.SP) && !actor.holds(Role.ADMIN)) {
			throw new ForbiddenActionException("reporting.forbidden");
		}
		int levels = rankings.freeze(month);
		return new FreezeResult(month, levels, rankings.isFrozen(month));
	}

	record FreezeResult(YearMonth month, int levelsFrozenNow, boolean frozen) {
	}

	private Table casesTable(CaseFilter.Kind kind, Long unit, Long officer, CaseFilter.Age age, LocalDate from,
			LocalDate to, Actor actor, Locale locale) {
		CaseFilter filter = CaseFilter.of(kind, unit, officer, age, from, to);
		return exports.casesTable(filter, dashboards.allCases(actor, filter, exportMaxRows), locale);
	}

	private static String fileName(Ranking ranking) {
		return "ranking-" + ranking.level().name().toLowerCase(Locale.ROOT) + "-" + ranking.month();
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
