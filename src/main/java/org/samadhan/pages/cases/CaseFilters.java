package org.samadhan.pages.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.samadhan.complaint.AgeBucket;
import org.samadhan.complaint.Categories;
import org.samadhan.complaint.Category;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.ComplaintQuery;
import org.samadhan.complaint.ComplaintSort;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.Complaints;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.pages.FormErrors;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.InvalidReferenceNumberException;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A list of complaints with its search box and filters, for the search page and the work lists:
 * runs the complaint module's list, puts what it refused next to the field it concerns (with the
 * numbers a mistyped reference may have meant), and gives the form its choices (the stations and
 * officers within the officer's posting, categories, channels, ages, orders) and the pager its
 * links, which keep the filters.
 */
@Component
class CaseFilters {

	private final Complaints complaints;

	private final Jurisdiction jurisdiction;

	private final Categories categories;

	private final CaseViews views;

	CaseFilters(Complaints complaints, Jurisdiction jurisdiction, Categories categories, CaseViews views) {
		this.complaints = complaints;
		this.jurisdiction = jurisdiction;
		this.categories = categories;
		this.views = views;
	}

	/**
	 * The rows of the list, with the form's choices and the pager on the model; no rows when the
	 * module refused the search.
	 *
	 * @param statusChoice whether the form offers a status (a list of one status does not)
	 */
	List<CaseViews.Row> rows(ComplaintQuery query, FilterForm form, BindingResult errors, boolean statusChoice,
			Actor actor, Model model, Locale locale) {
		choices(statusChoice, actor, model, locale);
		List<CaseViews.Row> rows = List.of();
		try {
			rows = complaints.list(actor, query).stream().map(c -> views.row(c, locale)).toList();
		}
		catch (InvalidReferenceNumberException mistyped) {
			FormErrors.reject(errors, mistyped, FilterForm.FIELDS);
			model.addAttribute("didYouMean", mistyped.didYouMean() == null ? List.of()
					: mistyped.didYouMean().stream().map(ReferenceNumber::parse).toList());
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(errors, refused, FilterForm.FIELDS);
		}
		model.addAttribute("openFilters", form.hasFilter() || errors.hasErrors());
		pager(query.page(), rows.size() == query.size(), model);
		return rows;
	}

	/** Links to the previous and next page of the same list: the current address with another page number. */
	private static void pager(int page, boolean more, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("more", more);
		model.addAttribute("previousPage", page > 0 ? atPage(page - 1) : null);
		model.addAttribute("nextPage", more ? atPage(page + 1) : null);
	}

	/** The current address (its query kept as it came, encoded) with another page number, relative to the page. */
	private static String atPage(int page) {
		return "?" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().getQuery();
	}

	void choices(boolean statusChoice, Actor actor, Model model, Locale locale) {
		model.addAttribute("statusChoice", statusChoice);
		model.addAttribute("statuses", statusChoice ? List.of(ComplaintStatus.values()) : List.of());
		Scope scope = jurisdiction.scopeOf(actor);
		List<Unit> stations = stationsOf(scope);
		model.addAttribute("stations",
				stations.stream().sorted(Comparator.comparing((Unit u) -> u.name(locale))).toList());
		model.addAttribute("officers", officersOf(scope, stations)
			.sorted(Comparator.comparing((Officer o) -> CaseViews.name(o, locale)))
			.map(o -> new Choice(String.valueOf(o.id()), CaseViews.name(o, locale)))
			.toList());
		model.addAttribute("categories", categories.all()
			.stream()
			.sorted(Comparator.comparing((Category c) -> c.name(locale)))
			.toList());
		model.addAttribute("channels", List.of(Channel.values()));
		model.addAttribute("ages", List.of(AgeBucket.values()));
		model.addAttribute("sorts", List.of(ComplaintSort.values()));
	}

	/**
	 * The stations a posting covers, to choose from: a district's or a range's (a few dozen), a
	 * circle's; none for a station (it is the only one) or the state (too many for a list: its
	 * officers search by words, numbers and the other filters).
	 */
	private List<Unit> stationsOf(Scope scope) {
		return switch (scope.level()) {
			case DISTRICTS -> jurisdiction.ofKind(UnitKind.STATION)
				.stream()
				.filter(s -> scope.districtIds().contains(s.districtId()))
				.toList();
			case CIRCLE -> jurisdiction.ofKind(UnitKind.STATION)
				.stream()
				.filter(s -> scope.circleId().equals(s.circleId()))
				.toList();
			case ALL, STATION, OWN -> List.of();
		};
	}

	/** The enquiry officers to choose from: a station's or a circle's investigating officers. */
	private Stream<Officer> officersOf(Scope scope, List<Unit> circleStations) {
		return switch (scope.level()) {
			case STATION -> jurisdiction.officersOfStation(scope.stationId(), Role.IO).stream();
			case CIRCLE -> circleStations.stream().flatMap(s -> jurisdiction.officersOfStation(s.id(), Role.IO).stream());
			case ALL, DISTRICTS, OWN -> Stream.empty();
		};
	}

	/** One option of a select: its value and what it reads. */
	record Choice(String value, String label) {
	}
}
