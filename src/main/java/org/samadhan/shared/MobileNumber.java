package org.samadhan.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Indian mobile number as it is stored: ten digits starting with 6, 7, 8 or 9. People write it
 * in groups, with the country code ({@code +91 98765 01234}, {@code 919876501234},
 * {@code 0091 …}) or the trunk zero ({@code 09876501234}); {@link #read} accepts each of them.
 */
public record MobileNumber(String value) {

	/** The stored form, as a regular expression (validation annotations use it too). */
	public static final String STORED = "[6-9][0-9]{9}";

	private static final Pattern SHAPE = Pattern.compile(STORED);

	public MobileNumber {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("not a mobile number: " + value);
		}
	}

	/** The number a person typed, in any of the usual forms; empty when it is none. */
	public static Optional<MobileNumber> read(String typed) {
		String digits = tenDigitsOf(typed);
		return digits != null && SHAPE.matcher(digits).matches() ? Optional.of(new MobileNumber(digits))
				: Optional.empty();
	}

	/**
	 * What was typed without its separators, country code or trunk zero: the ten digits when it is a
	 * number in one of the usual forms, otherwise whatever remains (for a validator to refuse), or
	 * {@code null} for nothing typed.
	 */
	public static String tenDigitsOf(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String digits = typed.strip().replaceAll("[\\s\\-.()]", "");
		if (digits.startsWith("+91")) {
			return digits.substring(3);
		}
		if (digits.startsWith("0091") && digits.length() == 14) {
			return digits.substring(4);
		}
		if (digits.startsWith("91") && digits.length() == 12) {
			return digits.substring(2);
		}
		if (digits.startsWith("0") && digits.length() == 11) {
			return digits.substring(1);
		}
		return digits;
	}
}
