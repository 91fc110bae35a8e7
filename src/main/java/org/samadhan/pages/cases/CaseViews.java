package org.samadhan.pages.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.samadhan.complaint.Categories;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintSummary;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.stereotype.Component;

/**
 * The words and figures a list or a case page shows beside a complaint's ids: names of stations
 * and officers in the page's language, the category's name, and the days left to its due date.
 */
@Component
class CaseViews {

	private final Jurisdiction jurisdiction;

	private final Categories categories;

	private final Clock clock;

	CaseViews(Jurisdiction jurisdiction, Categories categories, Clock clock) {
		this.jurisdiction = jurisdiction;
		this.categories = categories;
		this.clock = clock;
	}

	Row row(ComplaintSummary c, Locale locale) {
		return new Row(c.reference(), ReferenceNumber.parse(c.reference()).grouped(), c.status(),
				categoryName(c.categoryCode(), locale), LocalDate.ofInstant(c.registeredAt(), clock.getZone()),
				c.dueOn(), daysLeft(c.dueOn()), unitName(c.stationId(), locale), officerName(c.enquiryOfficerId(), locale),
				c.returnCount());
	}

	String categoryName(String code, Locale locale) {
		return categories.find(code).map(c -> c.name(locale)).orElse(code);
	}

	String unitName(Long unitId, Locale locale) {
		return unitId == null ? null : jurisdiction.findUnit(unitId).map(u -> u.name(locale)).orElse(null);
	}

	String officerName(Long officerId, Locale locale) {
		return officerId == null ? null : jurisdiction.findOfficer(officerId).map(o -> name(o, locale)).orElse(null);
	}

	static String name(Officer officer, Locale locale) {
		return "hi".equals(locale.getLanguage()) ? officer.nameHi() : officer.nameEn();
	}

	static String name(Unit unit, Locale locale) {
		return unit.name(locale);
	}

	/** Days from today to the due date: negative once it has passed; null before one is set. */
	Long daysLeft(LocalDate dueOn) {
		return dueOn == null ? null : ChronoUnit.DAYS.between(LocalDate.now(clock), dueOn);
	}

	java.time.ZoneId zone() {
		return clock.getZone();
	}

	/** One line of a list of complaints. */
	record Row(String reference, String grouped, ComplaintStatus status, String category, LocalDate registeredOn,
			LocalDate dueOn, Long daysLeft, String station, String officer, int returnCount) {
	}
}
