package org.samadhan.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The number a citizen reads over the phone: two digits of the year, two of the district, eight
 * of the serial (a secret shuffle of the sequence, see {@link SerialPermutation}) and a Verhoeff
 * check digit, thirteen in all ({@code 2663 73459113 4}). A number
 * whose check digit fails was mistyped; one that passes but is unknown was never issued.
 */
public record ReferenceNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("\\d{13}");

	/**
	 * The last year (two digits) whose numbers may carry the check digit of the misprinted table
	 * (ADR 0002): the table was corrected in 2026, so a 2027 number is checked by the published one alone.
	 */
	static final int LAST_YEAR_ISSUED_BEFORE_THE_FIX = 26;

	public ReferenceNumber {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new InvalidReferenceNumberException(value);
		}
		if (!Verhoeff.isValid(value) && !mayBeIssuedBeforeTheFix(value)) {
			throw new InvalidReferenceNumberException(value);
		}
	}

	/** Thirteen digits whose check digit is right for the table used before the fix, in a year it was used. */
	private static boolean mayBeIssuedBeforeTheFix(String digits) {
		return Integer.parseInt(digits.substring(0, 2)) <= LAST_YEAR_ISSUED_BEFORE_THE_FIX
				&& Verhoeff.isValidAsIssuedBefore(digits);
	}

	/**
	 * Whether this number passes only the check of the table used before the fix: it is a number
	 * issued then, or a mistyped one. Only the database tells which, so a lookup that finds no
	 * complaint answers "mistyped" for it, not "not found".
	 */
	public boolean checkedAsIssuedBefore() {
		return !Verhoeff.isValid(value);
	}

	/** The number of the {@code sequence}-th complaint, filed in a district in a year. */
	public static ReferenceNumber forSequence(int year, int districtNumber, long sequence, SerialPermutation serials) {
		return issue(year, districtNumber, serials.serialOf(sequence));
	}

	/** Builds the number for a complaint's serial in a district, registered in a year. */
	public static ReferenceNumber issue(int year, int districtNumber, long serial) {
		if (districtNumber < 0 || districtNumber > 99 || serial < 0 || serial > 99_999_999L) {
			throw new IllegalArgumentException("district " + districtNumber + " serial " + serial);
		}
		String body = String.format("%02d%02d%08d", year % 100, districtNumber, serial);
		return new ReferenceNumber(body + Verhoeff.checkDigit(body));
	}

	/**
	 * Reads what a person typed: spaces, dashes and slashes are dropped, as people write the
	 * number in groups.
	 */
	public static ReferenceNumber parse(String typed) {
		return new ReferenceNumber(digitsOf(typed));
	}

	/** What a person typed without the spaces, dashes and slashes they group it with. */
	public static String digitsOf(String typed) {
		return typed == null ? "" : typed.replaceAll("[\\s\\-/]", "");
	}

	/**
	 * The valid numbers one typing mistake away from thirteen typed digits: one digit wrong (the
	 * check digit included) or two neighbouring digits swapped, the mistakes Verhoeff's digit is
	 * made to catch. Because it catches them, a valid number has no valid neighbour: only a number
	 * whose check fails has any. Numbers of the years before the fix count with either table.
	 */
	public static List<ReferenceNumber> oneMistakeFrom(String digits) {
		if (digits == null || !SHAPE.matcher(digits).matches()) {
			return List.of();
		}
		Set<String> candidates = new LinkedHashSet<>();
		char[] typed = digits.toCharArray();
		for (int i = 0; i < typed.length; i++) {
			for (char d = '0'; d <= '9'; d++) {
				if (d != typed[i]) {
					char[] changed = typed.clone();
					changed[i] = d;
					candidates.add(new String(changed));
				}
			}
		}
		for (int i = 0; i + 1 < typed.length; i++) {
			if (typed[i] != typed[i + 1]) {
				char[] swapped = typed.clone();
				swapped[i] = typed[i + 1];
				swapped[i + 1] = typed[i];
				candidates.add(new String(swapped));
			}
		}
		List<ReferenceNumber> valid = new ArrayList<>();
		for (String candidate : candidates) {
			if (Verhoeff.isValid(candidate) || mayBeIssuedBeforeTheFix(candidate)) {
				valid.add(new ReferenceNumber(candidate));
			}
		}
		return valid;
	}

	/** In groups of four, as it is read out over the phone: {@code 2663 7345 9113 4}. */
	public String grouped() {
		return value.replaceAll("(\\d{4})(?=\\d)", "$1 ");
	}

	@Override
	public String toString() {
		return value;
	}
}
