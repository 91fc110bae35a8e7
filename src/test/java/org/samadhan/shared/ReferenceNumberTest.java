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
	void givesEverySequenceItsOwnSerialWithNoPatternFromOneToTheNext() {
		SerialPermutation serials = new SerialPermutation("a-district-secret-of-its-own");
		java.util.Set<Long> seen = new java.util.HashSet<>();
		java.util.Set<Long> steps = new java.util.HashSet<>();
		long previous = serials.serialOf(0);
		for (long sequence = 0; sequence < 100_000; sequence++) {
			long serial = serials.serialOf(sequence);
			assertThat(serial).isBetween(0L, 99_999_999L);
			seen.add(serial);
			steps.add(Math.floorMod(serial - previous, 100_000_000L));
			previous = serial;
		}
		assertThat(seen).as("one-to-one").hasSize(100_000);
		assertThat(steps).as("no fixed step from one number to the next").hasSizeGreaterThan(99_000);
		assertThat(new SerialPermutation("another-district-secret").serialOf(42)).isNotEqualTo(serials.serialOf(42));
		String reference = ReferenceNumber.forSequence(2026, 63, 1, serials).value();
		assertThat(reference).startsWith("2663").hasSize(13);
	}

	@Test
	void refusesSequencesBeyondEightDigitsInsteadOfReusingNumbers() {
		SerialPermutation serials = new SerialPermutation("a-district-secret-of-its-own");
		assertThatThrownBy(() -> serials.serialOf(100_000_000L)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new SerialPermutation("short")).isInstanceOf(IllegalArgumentException.class);
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

	@Test
	void aMistypedNumberIsOneTypingMistakeFromTheNumberThatWasMeant() {
		String meant = ReferenceNumber.issue(2026, 63, 4_711_042).value();
		char[] digits = meant.toCharArray();
		for (int i = 0; i < digits.length; i++) {
			char[] wrong = digits.clone();
			wrong[i] = wrong[i] == '9' ? '0' : (char) (wrong[i] + 1);
			assertThat(ReferenceNumber.oneMistakeFrom(new String(wrong))).as("digit " + i)
				.contains(new ReferenceNumber(meant));
			if (i + 1 < digits.length && digits[i] != digits[i + 1]) {
				char[] swapped = digits.clone();
				swapped[i] = digits[i + 1];
				swapped[i + 1] = digits[i];
				assertThat(ReferenceNumber.oneMistakeFrom(new String(swapped))).as("swap " + i)
					.contains(new ReferenceNumber(meant));
			}
		}
	}

	@Test
	void aValidNumberHasNoValidNumberOneTypingMistakeAway() {
		assertThat(ReferenceNumber.oneMistakeFrom(ReferenceNumber.issue(2026, 63, 4_711_042).value())).isEmpty();
		assertThat(ReferenceNumber.oneMistakeFrom("12345")).isEmpty();
	}
}
