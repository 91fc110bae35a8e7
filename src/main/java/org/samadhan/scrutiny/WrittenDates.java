package org.samadhan.scrutiny;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The dates a report's text names, however an officer writes them: with figures (16.12.2026,
 * 16-12-2026, 16/12/2026) or with the month in words, in Hindi or English (16 दिसंबर 2026,
 * 16 दिसम्बर, 2026, 16 December 2026, 16 Dec 2026, December 16, 2026), in Latin or Devanagari
 * digits. The one place that reads dates from report text: a rule that missed the words would let
 * the same hearing escape that its figures are flagged for.
 *
 * <p>Month names are compared without case and without the nukta (फ़रवरी and फरवरी are one), with
 * the spellings in common use (सितंबर and सितम्बर, अक्टूबर and अक्तूबर). A day the month does not
 * have (31 फरवरी) is not a date. A month name alone ("दिसंबर में") is not a date either.
 */
final class WrittenDates {

	/** Hindi month names as written in reports, nukta left out (see {@link #folded}). */
	private static final Map<String, Month> HINDI = Map.ofEntries(Map.entry("जनवरी", Month.JANUARY),
			Map.entry("फरवरी", Month.FEBRUARY), Map.entry("मार्च", Month.MARCH), Map.entry("अप्रैल", Month.APRIL),
			Map.entry("अप्रेल", Month.APRIL), Map.entry("मई", Month.MAY), Map.entry("जून", Month.JUNE),
			Map.entry("जुलाई", Month.JULY), Map.entry("अगस्त", Month.AUGUST), Map.entry("सितंबर", Month.SEPTEMBER),
			Map.entry("सितम्बर", Month.SEPTEMBER), Map.entry("अक्टूबर", Month.OCTOBER),
			Map.entry("अक्तूबर", Month.OCTOBER), Map.entry("नवंबर", Month.NOVEMBER), Map.entry("नवम्बर", Month.NOVEMBER),
			Map.entry("दिसंबर", Month.DECEMBER), Map.entry("दिसम्बर", Month.DECEMBER));

	private static final Map<String, Month> MONTHS = monthNames();

	private static final String MONTH = "(" + monthAlternatives() + ")";

	/** No letter or vowel sign right before or after a word: Devanagari's signs are not {@code \w}. */
	private static final String WORD_START = "(?<![\\p{L}\\p{M}])";

	private static final String WORD_END = "(?![\\p{L}\\p{M}])";

	private static final String DAY = "(?<![\\d\\p{L}\\p{M}])(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "(\\d{4})(?!\\d)";

	/** 16.12.2026, 16-12-2026, 16/12/2026. */
	private static final Pattern FIGURES = Pattern.compile("(?<!\\d)(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})(?!\\d)");

	/** 16 दिसंबर 2026, 16 दिसम्बर, 2026, 16 Dec. 2026, 16-Dec-2026, 16th December 2026. */
	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile(DAY + "[\\s./-]*" + MONTH + WORD_END + "\\.?[\\s,/-]*" + YEAR);

	/** December 16, 2026; Dec 16 2026. */
	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile(WORD_START + MONTH + WORD_END + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s*,?\\s*" + YEAR);

	private WrittenDates() {
	}

	/** Every real date the text names, each once, earliest first. */
	static TreeSet<LocalDate> in(String text) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		if (text == null || text.isEmpty()) {
			return dates;
		}
		String folded = folded(text);
		Matcher m = FIGURES.matcher(folded);
		while (m.find()) {
			add(dates, m.group(3), Integer.parseInt(m.group(2)), m.group(1));
		}
		m = DAY_MONTH_YEAR.matcher(folded);
		while (m.find()) {
			add(dates, m.group(3), MONTHS.get(m.group(2)).getValue(), m.group(1));
		}
		m = MONTH_DAY_YEAR.matcher(folded);
		while (m.find()) {
			add(dates, m.group(3), MONTHS.get(m.group(1)).getValue(), m.group(2));
		}
		return dates;
	}

	private static void add(TreeSet<LocalDate> dates, String year, int month, String day) {
		try {
			dates.add(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
		}
		catch (DateTimeException notADate) {
			// 31 February and the like: not a date
		}
	}

	/**
	 * The text as matched: decomposed with the nukta dropped (फ़ as फ), Devanagari digits as Latin
	 * ones, lower case. Only letters change, so separators stay where they were.
	 */
	private static String folded(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (c == '\u093C') {
				continue;
			}
			out.append(c >= '\u0966' && c <= '\u096F' ? (char) ('0' + (c - '\u0966')) : Character.toLowerCase(c));
		}
		return out.toString();
	}

	/** English full and short names from java.time (with "sept" besides "sep"), and the Hindi ones. */
	/**
	 * Every month name this reads (Hindi spellings with the nukta left out, English in lower case,
	 * full and short), longest first, as regex alternatives: also what a report's signature masks.
	 */
	static String monthAlternatives() {
		return MONTHS.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

	private static Map<String, Month> monthNames() {
		Map<String, Month> names = new HashMap<>();
		for (Month month : Month.values()) {
			names.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
			names.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month);
		}
		names.put("sept", Month.SEPTEMBER);
		HINDI.forEach((name, month) -> names.put(folded(name), month));
		return Map.copyOf(names);
	}
}
