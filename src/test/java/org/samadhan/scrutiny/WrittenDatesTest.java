package org.samadhan.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates in a report's text, in figures or with the month in words, read as one. */
class WrittenDatesTest {

	static final LocalDate DECEMBER_16 = LocalDate.of(2026, 12, 16);

	@ParameterizedTest
	@ValueSource(strings = { "16.12.2026", "16-12-2026", "16/12/2026", "१६.१२.२०२६", "16 दिसंबर 2026", "16 दिसम्बर, 2026",
			"१६ दिसंबर २०२६", "16 December 2026", "16 DECEMBER 2026", "16 Dec 2026", "16 dec. 2026", "16-Dec-2026",
			"16th December 2026", "December 16, 2026", "Dec 16 2026", "दिसंबर 16, 2026" })
	void readsTheSameDayHoweverItIsWritten(String written) {
		assertThat(WrittenDates.in("अगली सुनवाई दिनांक " + written + " को होगी।")).containsExactly(DECEMBER_16);
	}

	@Test
	void readsEveryHindiMonthInItsCommonSpellings() {
		String text = "1 जनवरी 2027, 2 फरवरी 2027, 3 फ़रवरी 2027, 4 मार्च 2027, 5 अप्रैल 2027, 6 अप्रेल 2027, 7 मई 2027, "
				+ "8 जून 2027, 9 जुलाई 2027, 10 अगस्त 2027, 11 सितंबर 2027, 12 सितम्बर 2027, 13 अक्टूबर 2027, "
				+ "14 अक्तूबर 2027, 15 नवंबर 2027, 16 नवम्बर 2027, 17 दिसंबर 2027, 18 दिसम्बर 2027";
		assertThat(WrittenDates.in(text)).extracting(d -> d.getMonthValue() + "/" + d.getDayOfMonth())
			.containsExactly("1/1", "2/2", "2/3", "3/4", "4/5", "4/6", "5/7", "6/8", "7/9", "8/10", "9/11", "9/12",
					"10/13", "10/14", "11/15", "11/16", "12/17", "12/18");
	}

	@Test
	void readsEnglishFullAndShortNamesWithoutCase() {
		assertThat(WrittenDates.in("3 january 2027; 4 FEB 2027; 5 Sept 2027; 6 sep 2027; May 7, 2027"))
			.containsExactly(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 2, 4), LocalDate.of(2027, 5, 7),
					LocalDate.of(2027, 9, 5), LocalDate.of(2027, 9, 6));
	}

	@Test
	void aMonthWithoutADayOrYearIsNoDate() {
		assertThat(WrittenDates.in("दिसंबर में दोनों पक्षों को बुलाया जाएगा; 16 दिसंबर को; दिसंबर 2026 तक")).isEmpty();
		assertThat(WrittenDates.in("It was decided on 16 decibels 2026; 12 mayor 2026")).isEmpty();
	}

	@Test
	void aDayTheMonthDoesNotHaveIsNoDate() {
		assertThat(WrittenDates.in("31 फरवरी 2027, 31-02-2027, 31 April 2027, April 31, 2027")).isEmpty();
		assertThat(WrittenDates.in("29 फरवरी 2028")).containsExactly(LocalDate.of(2028, 2, 29));
	}

	@Test
	void aNumberRunningIntoTheDayOrYearIsNoDate() {
		assertThat(WrittenDates.in("116 दिसंबर 2026; 16 दिसंबर 20261")).isEmpty();
	}
}
