package org.samadhan.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.InvalidReferenceNumberException;
import org.samadhan.shared.MobileNumber;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.Verhoeff;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link ComplaintSearch} as typed into the {@link ListFilter} a list query runs. A value
 * it does not know is refused naming the parameter, so that a caller learns of a misspelt status
 * or a malformed mobile number instead of getting a list that silently ignores it.
 */
@Component
class ListFilters {

	/** Longest words query taken: a search box, not a document. */
	static final int MAX_QUERY_LENGTH = 200;

	/** Terms beyond these add nothing a person needs and only slow the match. */
	static final int MAX_TERMS = 8;

	private final Jurisdiction jurisdiction;

	private final Categories categories;

	private final Clock clock;

	ListFilters(Jurisdiction jurisdiction, Categories categories, Clock clock) {
		this.jurisdiction = jurisdiction;
		this.categories = categories;
		this.clock = clock;
	}

	ListFilter read(ComplaintSearch typed) {
		if (typed == null || typed.equals(ComplaintSearch.NONE)) {
			return ListFilter.NONE;
		}
		Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
		for (String given : typed.status()) {
			for (String status : given.split(",")) {
				if (!status.isBlank()) {
					statuses.add(named("status", status, ComplaintStatus::valueOf));
				}
			}
		}
		Long stationId = blank(typed.station()) ? null
				: jurisdiction.unitByCode(typed.station().strip().toUpperCase(Locale.ROOT))
					.filter(u -> u.kind() == UnitKind.STATION)
					.orElseThrow(() -> unknown("station", typed.station()))
					.id();
		Long officerId = blank(typed.officer()) ? null : officer(typed.officer());
		String category = blank(typed.category()) ? null
				: categories.find(typed.category().strip().toUpperCase(Locale.ROOT))
					.orElseThrow(() -> unknown("category", typed.category()))
					.code();
		Channel channel = blank(typed.channel()) ? null : named("channel", typed.channel(), Channel::valueOf);
		AgeBucket age = blank(typed.age()) ? null : named("age", typed.age(), AgeBucket::valueOf);
		LocalDate today = LocalDate.now(clock);
		ComplaintSort sort = blank(typed.sort()) ? ComplaintSort.NEWEST
				: named("sort", typed.sort(), ComplaintSort::valueOf);
		List<String> references = List.of();
		String mistyped = null;
		if (!blank(typed.reference())) {
			String digits = ReferenceNumber.digitsOf(typed.reference().strip());
			if (!digits.matches("\\d{13}")) {
				throw new InvalidReferenceNumberException(typed.reference(), List.of());
			}
			if (Verhoeff.isValid(digits)) {
				references = List.of(digits);
			}
			else {
				// Mistyped, or issued before the check digit's table was corrected (ADR 0002): the
				// number itself is among the candidates, and Complaints.list tells which.
				mistyped = typed.reference().strip();
				references = java.util.stream.Stream.concat(java.util.stream.Stream.of(digits),
						ReferenceNumber.oneMistakeFrom(digits).stream().map(ReferenceNumber::value)).distinct().toList();
			}
		}
		String mobile = blank(typed.mobile()) ? null
				: MobileNumber.read(typed.mobile())
					.orElseThrow(() -> new InvalidInputException("mobile", "complaint.search.mobile.invalid",
							typed.mobile().strip()))
					.value();
		List<String> terms = blank(typed.q()) ? List.of() : terms(typed.q());
		// A bucket of days ago, today being day 0, as instants: from the start of its oldest day to the
		// start of the day after its youngest.
		Instant registeredFrom = age == null || age.maxDays() == null ? null
				: today.minusDays(age.maxDays()).atStartOfDay(clock.getZone()).toInstant();
		Instant registeredBefore = age == null ? null
				: today.minusDays(age.minDays() - 1L).atStartOfDay(clock.getZone()).toInstant();
		return new ListFilter(statuses, stationId, officerId, category, channel, registeredFrom, registeredBefore,
				yes("defaulter", typed.defaulter()) ? today : null, yes("flagged", typed.flagged()), sort, references,
				mobile, terms, mistyped);
	}

	private Long officer(String typed) {
		try {
			long id = Long.parseLong(typed.strip());
			return jurisdiction.findOfficer(id).orElseThrow(() -> unknown("officer", typed)).id();
		}
		catch (NumberFormatException ex) {
			throw unknown("officer", typed);
		}
	}

	private static List<String> terms(String typed) {
		if (typed.length() > MAX_QUERY_LENGTH) {
			throw new InvalidInputException("q", "complaint.search.words.too-long", MAX_QUERY_LENGTH);
		}
		List<String> terms = SearchTerms.ofQuery(typed);
		if (terms.isEmpty()) {
			throw new InvalidInputException("q", "complaint.search.words.none", typed.strip());
		}
		return new ArrayList<>(terms.subList(0, Math.min(terms.size(), MAX_TERMS)));
	}

	private static <T> T named(String parameter, String typed, Function<String, T> valueOf) {
		try {
			return valueOf.apply(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw unknown(parameter, typed);
		}
	}

	private static boolean yes(String parameter, String typed) {
		if (blank(typed)) {
			return false;
		}
		return switch (typed.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new InvalidInputException(parameter, "complaint.search.yes-no", parameter, typed.strip());
		};
	}

	private static InvalidInputException unknown(String parameter, String typed) {
		return new InvalidInputException(parameter, "complaint.search." + parameter + ".unknown", typed.strip());
	}

	private static boolean blank(String value) {
		return !ComplaintSearch.given(value);
	}
}
