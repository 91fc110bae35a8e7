package org.samadhan.pages.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.samadhan.complaint.ComplaintQuery;
import org.samadhan.complaint.ComplaintSort;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.deadline.Deadlines;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.PageAccess;
import org.samadhan.pages.PageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The officers' work lists, each the complaints module's list for the caller's posting
 * ({@code GET /api/complaints} with a filter): the IGRS cell's district inbox, the SHO's station
 * inbox, the investigating officer's own cases by days left, the review queue, reopened
 * complaints to reassign, appeals, special closures; and the pauses waiting for a decision
 * (deadline's list). Each list has the filters and orders of the search page. Each line opens the
 * complaint's page, where the work is done.
 */
@Controller
@RequestMapping("/cases")
class CaseListsController {

	static final Set<Role> CELL = EnumSet.of(Role.IGRS_CELL);

	static final Set<Role> SHO = EnumSet.of(Role.SHO);

	static final Set<Role> ENQUIRY = EnumSet.of(Role.IO, Role.SHO);

	static final Set<Role> REVIEWERS = EnumSet.of(Role.SHO, Role.CO, Role.ASP, Role.SP);

	static final Set<Role> SUPERVISORS = EnumSet.of(Role.CO, Role.ASP, Role.SP);

	static final Set<Role> SENIORS = EnumSet.of(Role.ASP, Role.SP);

	/** An enquiry officer's cases that still need their work. */
	private static final List<String> OPEN_FOR_ENQUIRY = Stream.of(ComplaintStatus.ASSIGNED,
			ComplaintStatus.UNDER_ENQUIRY, ComplaintStatus.RETURNED, ComplaintStatus.SPECIAL_CLOSURE_PROPOSED)
		.map(Enum::name)
		.toList();

	private static final int PAGE_SIZE = ComplaintQuery.MAX_PAGE_SIZE;

	private final Deadlines deadlines;

	private final CaseViews views;

	private final CaseFilters caseFilters;

	CaseListsController(Deadlines deadlines, CaseViews views, CaseFilters caseFilters) {
		this.deadlines = deadlines;
		this.views = views;
		this.caseFilters = caseFilters;
	}

	@Bean
	static PageLink districtInboxLink() {
		return new PageLink("/cases/district-inbox", "page.link.district-inbox.name",
				"page.link.district-inbox.description", CELL, 20);
	}

	@Bean
	static PageLink stationInboxLink() {
		return new PageLink("/cases/station-inbox", "page.link.station-inbox.name",
				"page.link.station-inbox.description", SHO, 30);
	}

	@Bean
	static PageLink myCasesLink() {
		return new PageLink("/cases/mine", "page.link.mine.name", "page.link.mine.description", ENQUIRY, 40);
	}

	@Bean
	static PageLink reviewQueueLink() {
		return new PageLink("/cases/reviews", "page.link.reviews.name", "page.link.reviews.description", REVIEWERS, 50);
	}

	@Bean
	static PageLink toReassignLink() {
		return new PageLink("/cases/to-reassign", "page.link.to-reassign.name", "page.link.to-reassign.description",
				REVIEWERS, 35);
	}

	@Bean
	static PageLink pausesLink() {
		return new PageLink("/cases/pauses", "page.link.pauses.name", "page.link.pauses.description", REVIEWERS, 55);
	}

	@Bean
	static PageLink reopenedLink() {
		return new PageLink("/cases/reopened", "page.link.reopened.name", "page.link.reopened.description",
				SUPERVISORS, 60);
	}

	@Bean
	static PageLink specialClosuresLink() {
		return new PageLink("/cases/special-closures", "page.link.special-closures.name",
				"page.link.special-closures.description", SUPERVISORS, 65);
	}

	@Bean
	static PageLink appealsLink() {
		return new PageLink("/cases/appeals", "page.link.appeals.name", "page.link.appeals.description", SENIORS, 70);
	}

	@GetMapping("/district-inbox")
	String districtInbox(@ModelAttribute("filters") FilterForm filters, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, CELL);
		return list("district-inbox", new ComplaintQuery(ComplaintStatus.DISTRICT_INBOX, false, false, page, PAGE_SIZE,
				filters.toSearch()), filters, errors, actor, model, locale);
	}

	@GetMapping("/station-inbox")
	String stationInbox(@ModelAttribute("filters") FilterForm filters, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, SHO);
		return list("station-inbox", new ComplaintQuery(ComplaintStatus.STATION_INBOX, false, false, page, PAGE_SIZE,
				filters.toSearch()), filters, errors, actor, model, locale);
	}

	/** The officer's own open enquiries, the fewest days left first (none set yet: last), unless they choose otherwise. */
	@GetMapping("/mine")
	String mine(@ModelAttribute("filters") FilterForm filters, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, ENQUIRY);
		return list("mine", new ComplaintQuery(null, true, false, page, PAGE_SIZE,
				filters.toSearch(OPEN_FOR_ENQUIRY, ComplaintSort.DUE_SOONEST.name())), filters, errors, actor, model,
				locale);
	}

	@GetMapping("/reviews")
	String reviews(@ModelAttribute("filters") FilterForm filters, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, REVIEWERS);
		return list("reviews", new ComplaintQuery(null, false, true, page, PAGE_SIZE, filters.toSearch()), filters,
				errors, actor, model, locale);
	}

	@GetMapping("/reopened")
	String reopened(@ModelAttribute("filters") FilterForm filters, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, SUPERVISORS);
		return list("reopened", new ComplaintQuery(ComplaintStatus.REOPENED, false, false, page, PAGE_SIZE,
				filters.toSearch()), filters, errors, actor, model, locale);
	}

	@GetMapping("/special-closures")
	String specialClosures(@ModelAttribute("filters") FilterForm filters, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, SUPERVISORS);
		return list("special-closures", new ComplaintQuery(ComplaintStatus.SPECIAL_CLOSURE_PROPOSED, false, false, page,
				PAGE_SIZE, filters.toSearch()), filters, errors, actor, model, locale);
	}

	@GetMapping("/appeals")
	String appeals(@ModelAttribute("filters") FilterForm filters, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, SENIORS);
		return list("appeals", new ComplaintQuery(ComplaintStatus.APPEALED, false, false, page, PAGE_SIZE,
				filters.toSearch()), filters, errors, actor, model, locale);
	}

	/**
	 * Open enquiries whose officer left the post (transferred, suspended, deactivated), oldest
	 * first: the SHO, or anyone above, hands each to another IO of the station.
	 */
	@GetMapping("/to-reassign")
	String toReassign(@ModelAttribute("filters") FilterForm filters, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Actor actor, Model model, Locale locale) {
		PageAccess.require(actor, REVIEWERS);
		return list("to-reassign", ComplaintQuery.awaitingOfficer(page, PAGE_SIZE,
				filters.toSearch(List.of(), ComplaintSort.OLDEST.name())), filters, errors, actor, model, locale);
	}

	@GetMapping("/pauses")
	String pauses(Actor actor, Model model) {
		PageAccess.require(actor, REVIEWERS);
		model.addAttribute("pauses", deadlines.pendingPauses(actor));
		model.addAttribute("zone", views.zone());
		return "cases/pauses";
	}

	/** A list with its filters; a list of one status offers no status to choose. */
	private String list(String name, ComplaintQuery query, FilterForm filters, BindingResult errors, Actor actor,
			Model model, Locale locale) {
		model.addAttribute("name", name);
		model.addAttribute("rows",
				caseFilters.rows(query, filters, errors, query.status() == null, actor, model, locale));
		return "cases/list";
	}
}
