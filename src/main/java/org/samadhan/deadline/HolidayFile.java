package org.samadhan.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.samadhan.shared.CsvTable;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException.Reason;

/**
 * A year's gazetted holidays as a CSV file with the columns of {@code data/reference/up-holidays-2026.csv}
 * ({@code date,name_en,name_hi,source}). Read whole or refused whole, naming every fault with its line.
 */
public final class HolidayFile {

	public static final List<String> COLUMNS = List.of("date", "name_en", "name_hi", "source");

	private static final int MAX_TEXT = 200;

	private static final int MAX_SOURCE = 2000;

	private HolidayFile() {
	}

	/** The holidays of {@code year} in the file, or a refusal listing every fault. */
	public static List<Holiday> read(CsvTable table, int year) {
		List<Reason> faults = new ArrayList<>();
		if (!Set.copyOf(table.header()).equals(Set.copyOf(COLUMNS)) || table.header().size() != COLUMNS.size()) {
			throw new PolicyRefusal("deadline.holidays.invalid", new Reason("COLUMNS", "deadline.holidays.columns",
					String.join(",", COLUMNS), String.join(",", table.header())));
		}
		if (table.rows().isEmpty()) {
			throw new PolicyRefusal("deadline.holidays.invalid",
					new Reason("EMPTY", "deadline.holidays.empty", String.valueOf(year)));
		}
		List<Holiday> holidays = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		int line = 1;
		for (Map<String, String> row : table.rows()) {
			line++;
			LocalDate date = null;
			String text = row.get("date");
			try {
				date = LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				faults.add(new Reason("BAD_DATE", "deadline.holidays.bad-date", line, text));
			}
			if (date != null && date.getYear() != year) {
				faults.add(new Reason("WRONG_YEAR", "deadline.holidays.wrong-year", line, text, String.valueOf(year)));
			}
			if (date != null && !seen.add(date)) {
				faults.add(new Reason("DUPLICATE", "deadline.holidays.duplicate", line, text));
			}
			String nameEn = row.get("name_en");
			String nameHi = row.get("name_hi");
			String source = row.get("source");
			if (nameEn.isBlank() || nameHi.isBlank()) {
				faults.add(new Reason("NAME_MISSING", "deadline.holidays.name-missing", line));
			}
			if (source.isBlank()) {
				faults.add(new Reason("SOURCE_MISSING", "deadline.holidays.source-missing", line));
			}
			if (nameEn.length() > MAX_TEXT || nameHi.length() > MAX_TEXT || source.length() > MAX_SOURCE) {
				faults.add(new Reason("TOO_LONG", "deadline.holidays.too-long", line));
			}
			holidays.add(new Holiday(date, nameEn, nameHi, source));
		}
		if (!faults.isEmpty()) {
			throw new PolicyRefusal("deadline.holidays.invalid", faults);
		}
		return List.copyOf(holidays);
	}
}
