package org.samadhan.shared;

/**
 * The Verhoeff check digit, as Aadhaar uses it: it catches every single-digit error and every
 * swap of two adjacent digits, the two mistakes people make reading a number over a phone. The
 * tables are the published ones (Verhoeff 1969; Gallian, "Error detection methods", 1996): the
 * multiplication of the dihedral group D5, and the permutation (1 5 8 9 4 2 7 0)(3 6) applied
 * 0 to 7 times.
 * <p>
 * Until 2026-12-04 Samadhan's permutation table had one wrong row (p^4), so some numbers it
 * issued fail the published check. Those numbers stay valid for Samadhan ({@link #isValidAsIssuedBefore},
 * ADR 0002); no new number is made with that table.
 */
public final class Verhoeff {

	private static final int[][] MULTIPLY = {
			{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
			{ 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 }, { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
			{ 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
			{ 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
			{ 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 }, { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 } };

	private static final int[][] PERMUTE = {
			{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
			{ 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
			{ 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
			{ 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 } };

	/** The table as it was until 2026-12-04: row 4 misprinted (…, 8, 7, 6, 0 for …, 6, 8, 7, 0). */
	private static final int[][] PERMUTE_AS_ISSUED_BEFORE = {
			{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
			{ 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 }, { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
			{ 9, 4, 5, 3, 1, 2, 8, 7, 6, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
			{ 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 } };

	private static final int[] INVERSE = { 0, 4, 3, 2, 1, 5, 6, 7, 8, 9 };

	private Verhoeff() {
	}

	/** The digit to append to {@code digits} so that {@link #isValid} holds. */
	public static int checkDigit(String digits) {
		int c = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digitAt(digits, digits.length() - 1 - i);
			c = MULTIPLY[c][PERMUTE[(i + 1) % 8][digit]];
		}
		return INVERSE[c];
	}

	/** Whether the last digit of {@code digits} is the Verhoeff check digit of the rest. */
	public static boolean isValid(String digits) {
		return check(digits, PERMUTE);
	}

	/** Whether the last digit is the check digit Samadhan gave the rest before the table was corrected. */
	public static boolean isValidAsIssuedBefore(String digits) {
		return check(digits, PERMUTE_AS_ISSUED_BEFORE);
	}

	private static boolean check(String digits, int[][] permute) {
		if (digits == null || digits.length() < 2) {
			return false;
		}
		int c = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digitAt(digits, digits.length() - 1 - i);
			c = MULTIPLY[c][permute[i % 8][digit]];
		}
		return c == 0;
	}

	private static int digitAt(String digits, int index) {
		char ch = digits.charAt(index);
		if (ch < '0' || ch > '9') {
			throw new IllegalArgumentException("not a digit: " + ch);
		}
		return ch - '0';
	}
}
