package org.samadhan.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Samadhan's check digit against the published algorithm: the textbook vectors, and an
 * implementation written here from the algorithm's definition (the dihedral group D5 and the
 * permutation (1 5 8 9 4 2 7 0)(3 6)), not from Samadhan's tables.
 */
class VerhoeffTest {

	@Test
	void givesThePublishedCheckDigits() {
		// Wikipedia "Verhoeff algorithm" and Rosetta Code "Verhoeff algorithm".
		assertThat(Verhoeff.checkDigit("236")).isEqualTo(3);
		assertThat(Verhoeff.checkDigit("12345")).isEqualTo(1);
		assertThat(Verhoeff.checkDigit("142857")).isEqualTo(0);
		assertThat(Verhoeff.checkDigit("123456789012")).isEqualTo(0);
		assertThat(Verhoeff.checkDigit("8473643095483728456789")).isEqualTo(2);
		assertThat(Verhoeff.isValid("2363")).isTrue();
		assertThat(Verhoeff.isValid("123451")).isTrue();
		assertThat(Verhoeff.isValid("123459")).isFalse();
	}

	@Test
	void agreesWithAnIndependentImplementationOnAHundredThousandNumbers() {
		Random random = new Random(20261204);
		for (int n = 0; n < 100_000; n++) {
			String body = String.valueOf(random.nextLong(1_000_000_000_000L));
			assertThat(Verhoeff.checkDigit(body)).as(body).isEqualTo(Independent.checkDigit(body));
		}
	}

	@Test
	void catchesEverySingleDigitErrorAndEveryAdjacentSwapOfThirteenDigitNumbers() {
		Random random = new Random(7);
		for (int n = 0; n < 2_000; n++) {
			String body = String.format("%012d", random.nextLong(1_000_000_000_000L));
			String number = body + Verhoeff.checkDigit(body);
			for (int i = 0; i < 13; i++) {
				for (char d = '0'; d <= '9'; d++) {
					if (d != number.charAt(i)) {
						assertThat(Verhoeff.isValid(number.substring(0, i) + d + number.substring(i + 1))).isFalse();
					}
				}
				if (i < 12 && number.charAt(i) != number.charAt(i + 1)) {
					String swapped = number.substring(0, i) + number.charAt(i + 1) + number.charAt(i) + number.substring(i + 2);
					assertThat(Verhoeff.isValid(swapped)).as(swapped).isFalse();
				}
			}
		}
	}

	@Test
	void aNumberIssuedBeforeTheFixIsStillANumberOfItsYearButNotOfLaterYears() {
		// A 2026 number whose check digit the old table made differently: its ninth digit is 6, 7 or 8,
		// the digits the misprinted row mixed up (about 30 % of the numbers issued before the fix).
		String before = null;
		for (int serial = 6_000; before == null && serial < 9_000; serial++) {
			String body = String.format("2663%08d", serial);
			for (int d = 0; d <= 9; d++) {
				if (Verhoeff.isValidAsIssuedBefore(body + d) && !Verhoeff.isValid(body + d)) {
					before = body + d;
				}
			}
		}
		assertThat(before).as("a body whose old check digit differs").isNotNull();
		ReferenceNumber old = ReferenceNumber.parse(before);
		assertThat(old.checkedAsIssuedBefore()).isTrue();
		assertThat(ReferenceNumber.issue(2026, 63, 4).checkedAsIssuedBefore()).isFalse();
		String later = "27" + before.substring(2, 12);
		for (int d = 0; d <= 9; d++) {
			String candidate = later + d;
			if (!Verhoeff.isValid(candidate)) {
				assertThatThrownBy(() -> ReferenceNumber.parse(candidate)).as(candidate)
					.isInstanceOf(InvalidReferenceNumberException.class);
			}
		}
	}

	/** Verhoeff from its definition: products in D5, and powers of the permutation p. */
	static final class Independent {

		static final int[] P = { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 };

		static int multiply(int j, int k) {
			if (j < 5 && k < 5) {
				return (j + k) % 5;
			}
			if (j < 5) {
				return 5 + (j + k) % 5;
			}
			if (k < 5) {
				return 5 + Math.floorMod(j - k, 5);
			}
			return Math.floorMod(j - k, 5);
		}

		static int permute(int times, int digit) {
			int d = digit;
			for (int t = 0; t < times % 8; t++) {
				d = P[d];
			}
			return d;
		}

		static int checkDigit(String body) {
			int c = 0;
			for (int i = 0; i < body.length(); i++) {
				c = multiply(c, permute(i + 1, body.charAt(body.length() - 1 - i) - '0'));
			}
			for (int inverse = 0; inverse <= 9; inverse++) {
				if (multiply(c, inverse) == 0) {
					return inverse;
				}
			}
			throw new AssertionError();
		}
	}
}
