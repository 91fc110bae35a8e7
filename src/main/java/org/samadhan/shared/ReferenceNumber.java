package org.samadhan.shared;

import java.util.regex.Pattern;

/**
 * The number a citizen reads over the phone: two digits of the year, two of the district, eight
 * of the serial (a secret shuffle of the sequence, see {@link SerialPermutation}) and a Verhoeff
 * check digit, thirteen in all ({@code 2663 73459113 4}). A number
 * whose check digit fails was mistyped; one that passes but is unknown was never issued.
 */
public record ReferenceNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("\\d{13}");

	public ReferenceNumber {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new InvalidReferenceNumberException(value);
		}
		if (!Verhoeff.isValid(value)) {
			throw new InvalidReferenceNumberException(value);
		}
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
		String digits = typed == null ? "" : typed.replaceAll("[\\s\\-/]", "");
		return new ReferenceNumber(digits);
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
