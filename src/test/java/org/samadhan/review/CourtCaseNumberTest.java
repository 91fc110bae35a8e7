package org.samadhan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A special closure on "the matter is before a court" stands only on a case number courts would write. */
class CourtCaseNumberTest {

	private static final Year THIS_YEAR = Year.of(2026);

	@ParameterizedTest
	@ValueSource(strings = { "UPRM010012342024", "uprm01-001234-2024", "OS 118/2026", "O.S. No. 123/2024",
			"Crl. Misc. Case 1234 of 2024", "Civil Suit 45/2023", "मूलवाद संख्या 123/2024", "मूलवाद सं. १२३/२०२४",
			"Case No. 7/1998", "वाद संख्या 55 सन् 2025" })
	void acceptsWhatCourtsWrite(String number) {
		assertThat(CourtCaseNumber.isReal(number, THIS_YEAR)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "-", "NA", "N/A", "0", "123", "123/2024", "OS 0/2024", "OS 12/2031", "OS 12/1890",
			"UPRM01001234", "UPRM010012342035", "pending", "abc def", "OS 12", "  " })
	void refusesWhatNoCourtWrites(String number) {
		assertThat(CourtCaseNumber.isReal(number, THIS_YEAR)).isFalse();
	}
}
