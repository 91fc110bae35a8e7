package org.samadhan.pages.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.reporting.CaseFilter;
import org.samadhan.reporting.CaseLine;
import org.samadhan.reporting.Figure;
import org.samadhan.reporting.MeetingPack;
import org.samadhan.reporting.CasePage;
import org.samadhan.reporting.Dashboard;
import org.samadhan.reporting.Dashboards;
import org.samadhan.reporting.TrendPoint;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisors' dashboard, the list behind each of its figures and the review meeting's pack,
 * as pages. Everything comes from {@link Dashboards}, which scopes each call to the viewer's
 * posting (a unit outside it is a 404, as on the API); the page only lays the figures out and
 * links each number to {@code /dashboard/cases} with the figure's own filter.
 */
@Controller
class DashboardPageController {

	/** Lines of a list page: enough to read on a phone, small enough to stay light. */
	static final int PAGE_SIZE = 50;

	/** Lines of each list of a meeting pack on the page (the PDF has more). */
	static final int PACK_LINES = 20;

	private final Dashboards dashboards;

	private final MessageSource messages;

	DashboardPageController(Dashboards dashboards, MessageSource messages) {
		this.dashboards = dashboards;
		this.messages = messages;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor,
			Model model, Locale locale) {
		Dashboard dashboard = dashboards.dashboard(actor, unit, from, to);
		model.addAttribute("d", dashboard);
		model.addAttribute("unitParam", unit);
		model.addAttribute("trends", trends(dashboard, locale));
		return "dashboard/dashboard";
	}

	@GetMapping("/dashboard/cases")
	String cases(@RequestParam(defaultValue = "PENDING") CaseFilter.Kind kind, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Long officer, @RequestParam(required = false) CaseFilter.Age age,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model) {
		CasePage cases = dashboards.cases(actor, CaseFilter.of(kind, unit, officer, age, from, to), page, PAGE_SIZE);
		model.addAttribute("cases", cases);
		// The filter as the service completed it (a period's list gets the default period), so the
		// downloads and the next page list exactly what this page shows.
		model.addAttribute("query", cases.filter().query());
		model.addAttribute("pages", (cases.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		return "dashboard/cases";
	}

	@GetMapping("/dashboard/meeting-pack")
	String meetingPack(@RequestParam(required = false) Long station, @RequestParam(required = false) Long unit,
			Actor actor, Model model) {
		Long of = station != null ? station : unit;
		List<MeetingPack> packs = station != null ? List.of(dashboards.meetingPack(actor, station))
				: dashboards.meetingPacks(actor, of);
		Map<Long, List<PackSection>> sections = new LinkedHashMap<>();
		for (MeetingPack p : packs) {
			sections.put(p.station().id(), List.of(PackSection.of("reporting.pack.defaulters", p.defaulters()),
					PackSection.of("reporting.pack.near-default", p.nearDefault()),
					PackSection.of("reporting.pack.flagged", p.flagged()),
					PackSection.of("reporting.pack.returned", p.returnedOrReopened()),
					PackSection.of("reporting.pack.escalated", p.escalated()),
					PackSection.of("reporting.pack.pending", p.pending())));
		}
		model.addAttribute("packs", packs);
		model.addAttribute("sections", sections);
		model.addAttribute("unitParam", of);
		return "dashboard/meeting-pack";
	}

	/**
	 * One list of a station's pack as the page shows it: the full count (a link to the whole list)
	 * and its first {@link #PACK_LINES} lines, so that a district's packs stay a page a phone can
	 * open; the PDF carries what the reporting module gives it.
	 */
	record PackSection(String titleKey, Figure figure, List<CaseLine> shown) {

		static PackSection of(String titleKey, MeetingPack.Section section) {
			List<CaseLine> lines = section.lines();
			return new PackSection(titleKey, section.figure(),
					lines.size() > PACK_LINES ? lines.subList(0, PACK_LINES) : lines);
		}
	}

	/**
	 * The trend charts' data, embedded in the page (no second request): labels and the four series
	 * of the weekly and monthly trends, with their names in the page's language.
	 */
	private Map<String, Object> trends(Dashboard dashboard, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("series", List.of(text("reporting.kind.REGISTERED", locale), text("reporting.kind.DISPOSED", locale),
				text("reporting.kind.DISPOSED_IN_TIME", locale), text("reporting.kind.DEFAULTED", locale)));
		data.put("weekly", trend(dashboard.weekly(), "d MMM"));
		data.put("monthly", trend(dashboard.monthly(), "MMM yyyy"));
		data.put("locale", locale.toLanguageTag());
		return data;
	}

	private static Map<String, Object> trend(List<TrendPoint> points, String pattern) {
		List<String> labels = new ArrayList<>();
		List<Long> registered = new ArrayList<>();
		List<Long> disposed = new ArrayList<>();
		List<Long> inTime = new ArrayList<>();
		List<Long> defaulted = new ArrayList<>();
		for (TrendPoint p : points) {
			labels.add(p.from().toString());
			registered.add(p.registered().count());
			disposed.add(p.disposed().count());
			inTime.add(p.disposedInTime().count());
			defaulted.add(p.defaulted().count());
		}
		Map<String, Object> trend = new LinkedHashMap<>();
		trend.put("labels", labels);
		trend.put("format", pattern.startsWith("d") ? "week" : "month");
		trend.put("values", List.of(registered, disposed, inTime, defaulted));
		return trend;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
