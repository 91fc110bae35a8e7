package org.samadhan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceNumberTest {

	@Test
	void computesTheVerhoeffCheckDigitOfTheTextbookExample() {
		assertThat(Verhoeff.checkDigit("236")).isEqualTo(3);
		assertThat(Verhoeff.isValid("2363")).isTrue();
		assertThat(Verhoeff.checkDigit("12345")).isEqualTo(1);
	}

	@Test
	void issuesThirteenDigitsOfYearDistrictSerialAndCheckDigit() {
		ReferenceNumber reference = ReferenceNumber.issue(2026, 57, 1234);
		assertThat(reference.value()).hasSize(13).startsWith("265700001234");
		assertThat(Verhoeff.isValid(reference.value())).isTrue();
	}

	@Test
	void givesConsecutiveComplaintsUnrelatedButDistinctNumbers() {
		java.util.Set<String> serials = new java.util.HashSet<>();
		for (long sequence = 1; sequence <= 100_000; sequence++) {
			serials.add(ReferenceNumber.forSequence(2026, 63, sequence).value().substring(4, 12));
		}
		assertThat(serials).hasSize(100_000);
		String first = ReferenceNumber.forSequence(2026, 63, 1).value();
		String second = ReferenceNumber.forSequence(2026, 63, 2).value();
		assertThat(first.substring(0, 4)).isEqualTo("2663");
		assertThat(Long.parseLong(second.substring(4, 12)) - Long.parseLong(first.substring(4, 12))).isNotEqualTo(1);
	}

	@Test
	void catchesEverySingleDigitMistake() {
		String value = ReferenceNumber.issue(2026, 57, 98765).value();
		for (int i = 0; i < value.length(); i++) {
			for (char d = '0'; d <= '9'; d++) {
				if (d != value.charAt(i)) {
					String typo = value.substring(0, i) + d + value.substring(i + 1);
					assertThat(Verhoeff.isValid(typo)).as(typo).isFalse();
				}
			}
		}
	}

	@Test
	void catchesEverySwapOfAdjacentDigits() {
		String value = ReferenceNumber.issue(2026, 12, 3456789).value();
		for (int i = 0; i + 1 < value.length(); i++) {
			if (value.charAt(i) != value.charAt(i + 1)) {
				String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
				assertThat(Verhoeff.isValid(swapped)).as(swapped).isFalse();
			}
		}
	}

	@Test
	void readsANumberTypedInGroups() {
		String value = ReferenceNumber.issue(2026, 57, 42).value();
		String grouped = value.substring(0, 4) + " " + value.substring(4, 8) + "-" + value.substring(8);
		assertThat(ReferenceNumber.parse(grouped).value()).isEqualTo(value);
	}

	@Test
	void refusesAMistypedNumberAsInvalidInput() {
		String value = ReferenceNumber.issue(2026, 57, 42).value();
		String typo = value.substring(0, 12) + ((value.charAt(12) - '0' + 1) % 10);
		assertThatThrownBy(() -> ReferenceNumber.parse(typo)).isInstanceOf(InvalidReferenceNumberException.class);
		assertThatThrownBy(() -> ReferenceNumber.parse("12345")).isInstanceOf(InvalidReferenceNumberException.class);
		assertThatThrownBy(() -> ReferenceNumber.parse("abc")).isInstanceOf(InvalidReferenceNumberException.class);
	}
}
