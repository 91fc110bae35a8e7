package org.samadhan.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.samadhan.shared.CsvTable;
import org.samadhan.shared.PolicyRefusal;

/** The calendar of 2026 as Uttar Pradesh gazetted it (the file the migration loads). */
class WorkingCalendarTest {

	private final WorkingCalendar calendar = new WorkingCalendar(
			HolidayFile.read(CsvTable.readResource("data/reference/up-holidays-2026.csv"), 2026)
				.stream()
				.map(Holiday::date)
				.toList());

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void sundaysAndGazettedHolidaysAreOffAndSaturdaysAreNot() {
		assertThat(calendar.isWorkingDay(day("2026-11-08"))).as("Sunday, Deepawali").isFalse();
		assertThat(calendar.isWorkingDay(day("2026-11-09"))).as("Govardhan Puja").isFalse();
		assertThat(calendar.isWorkingDay(day("2026-10-20"))).as("Dussehra").isFalse();
		assertThat(calendar.isWorkingDay(day("2026-10-10"))).as("a Saturday").isTrue();
		assertThat(calendar.isWorkingDay(day("2026-10-19"))).as("a Monday").isTrue();
	}

	@Test
	void aCalendarDayLimitThatEndsOnAHolidayEndsOnTheNextWorkingDay() {
		// 30 days from 10 October end on Monday 9 November, Govardhan Puja.
		assertThat(calendar.add(day("2026-10-10"), 30, Counting.CALENDAR)).isEqualTo(day("2026-11-10"));
		// From 9 October they end on Deepawali, a Sunday, followed by Govardhan Puja.
		assertThat(calendar.add(day("2026-10-09"), 30, Counting.CALENDAR)).isEqualTo(day("2026-11-10"));
		// Seven days from 13 October end on Dussehra.
		assertThat(calendar.add(day("2026-10-13"), 7, Counting.CALENDAR)).isEqualTo(day("2026-10-21"));
	}

	@Test
	void aCalendarDayLimitCountsHolidaysInsideIt() {
		// Dussehra (20 October) lies inside and still counts; the end is a working Monday.
		assertThat(calendar.add(day("2026-10-12"), 7, Counting.CALENDAR)).isEqualTo(day("2026-10-19"));
	}

	@Test
	void aWorkingDayLimitSkipsSundaysAndHolidays() {
		// Samadhan Diwas on Saturday 28 March: Mon 30, (Tue 31 Mahavir Jayanti), Wed 1, Thu 2,
		// (Fri 3 Good Friday), Sat 4, (Sun 5), Mon 6 April.
		assertThat(calendar.add(day("2026-03-28"), 5, Counting.WORKING)).isEqualTo(day("2026-04-06"));
		assertThat(calendar.add(day("2026-03-28"), 5, Counting.CALENDAR)).isEqualTo(day("2026-04-02"));
	}

	@Test
	void countsTheDaysBetweenTwoDatesAsTheLimitCountsThem() {
		assertThat(calendar.daysBetween(day("2026-03-28"), day("2026-04-06"), Counting.WORKING)).isEqualTo(5);
		assertThat(calendar.daysBetween(day("2026-03-28"), day("2026-04-06"), Counting.CALENDAR)).isEqualTo(9);
		assertThat(calendar.daysBetween(day("2026-04-06"), day("2026-04-06"), Counting.WORKING)).isZero();
	}

	@Test
	void aWarningThatWouldFallOnADayOffComesTheWorkingDayBefore() {
		// Three days before Thursday 12 November is Govardhan Puja; Sunday before it: Saturday 7 November.
		assertThat(calendar.subtract(day("2026-11-12"), 3, Counting.CALENDAR)).isEqualTo(day("2026-11-07"));
		assertThat(calendar.subtract(day("2026-04-06"), 2, Counting.WORKING)).isEqualTo(day("2026-04-02"));
	}

	@Test
	void refusesAHolidayFileWholeNamingEveryFaultWithItsLine() {
		String csv = """
				date,name_en,name_hi,source
				2027-01-26,Republic Day,गणतंत्र दिवस,G.O. 2026/1
				2027-13-01,Nonsense,बकवास,G.O.
				2026-12-25,Christmas Day,क्रिसमस,G.O.
				2027-01-26,Republic Day again,गणतंत्र दिवस,G.O.
				2027-03-22,,होली,G.O.
				""";
		assertThatThrownBy(() -> HolidayFile.read(table(csv), 2027)).isInstanceOfSatisfying(PolicyRefusal.class,
				refusal -> assertThat(refusal.reasons()).extracting(r -> r.code() + "@" + r.arguments()[0])
					.containsExactly("BAD_DATE@3", "WRONG_YEAR@4", "DUPLICATE@5", "NAME_MISSING@6"));
	}

	@Test
	void refusesAFileWithOtherColumns() {
		assertThatThrownBy(() -> HolidayFile.read(table("date,name\n2027-01-26,Republic Day\n"), 2027))
			.isInstanceOfSatisfying(PolicyRefusal.class,
					refusal -> assertThat(refusal.reasons()).extracting(r -> r.code()).containsExactly("COLUMNS"));
	}

	private static CsvTable table(String csv) {
		return CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
	}
}
