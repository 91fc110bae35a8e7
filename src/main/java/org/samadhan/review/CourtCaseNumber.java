package org.samadhan.review;

import java.time.Year;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a court case number is written the way Indian courts write one, so that a closure on
 * "the matter is before a court" cannot stand on {@code -} or {@code NA}. Two forms are accepted:
 * the eCourts CNR (four letters for the state and district, two digits for the establishment, a
 * six-digit serial and the year: {@code UPRM010012342024}), and a case type with its number and
 * year ({@code O.S. No. 123/2024}, {@code Crl. Misc. Case 1234 of 2024}, {@code मूलवाद संख्या 123/2024}).
 * The year must be a real one (1950 to this year). Devanagari digits are read as digits.
 */
final class CourtCaseNumber {

	private static final Pattern CNR = Pattern.compile("[A-Z]{4}\\d{8}(\\d{4})");

	/** A case type of letters (with dots, brackets, dashes), an optional "No.", a number and a year. */
	private static final Pattern TYPED = Pattern.compile(
			"(?<type>[\\p{L}\\p{M}][\\p{L}\\p{M}.()\\-/ ]{0,59}?)[\\s.]*(?:no\\.?|number|संख्या|सं\\.|क्रमांक)?[\\s.:]*"
					+ "(?<number>\\d{1,7})\\s*(?:/|-|of|सन्|वर्ष)\\s*(?<year>\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private CourtCaseNumber() {
	}

	static boolean isReal(String typed, Year thisYear) {
		if (typed == null) {
			return false;
		}
		String text = asciiDigits(typed.strip()).replaceAll("\\s+", " ");
		Matcher cnr = CNR.matcher(text.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT));
		if (cnr.matches()) {
			return realYear(cnr.group(1), thisYear);
		}
		Matcher typedCase = TYPED.matcher(text);
		return typedCase.matches() && letters(typedCase.group("type")) >= 2
				&& Integer.parseInt(typedCase.group("number")) > 0 && realYear(typedCase.group("year"), thisYear);
	}

	private static boolean realYear(String year, Year thisYear) {
		int value = Integer.parseInt(year);
		return value >= 1950 && value <= thisYear.getValue();
	}

	private static long letters(String type) {
		return type.codePoints().filter(Character::isLetter).count();
	}

	private static String asciiDigits(String text) {
		StringBuilder ascii = new StringBuilder(text.length());
		text.codePoints().forEach(c -> ascii.appendCodePoint(c >= '०' && c <= '९' ? '0' + (c - '०') : c));
		return ascii.toString();
	}
}
