package org.samadhan.scrutiny;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a text: 128 minimums over its character 5-grams, after the text is
 * normalised so that the same words typed differently (Devanagari nukta or chandrabindu, Devanagari
 * or Latin digits, punctuation, case, spacing) count as the same. The share of equal positions in
 * two signatures estimates the Jaccard similarity of the two texts' 5-gram sets (±0.09 at 95 % for
 * 128 hashes).
 *
 * <p>For lookup the signature is cut into 32 bands of 4; two texts with similarity s share at least
 * one band with probability 1 − (1 − s⁴)³², near 1 at 0.8 (0.9999) and 0.6 (0.99), 0.23 at 0.3: the
 * band keys find the candidates in an index, and the whole signatures decide.
 */
record TextSignature(int[] minimums) {

	static final int HASHES = 128;

	static final int BANDS = 32;

	static final int ROWS = HASHES / BANDS;

	static final int SHINGLE = 5;

	/** Fixed seeds, so that signatures stored years apart compare. */
	private static final long[] SEEDS = new long[HASHES];

	static {
		long state = 0x5A4D41444841AL; // "SAMADHAN"-ish; any fixed value works
		for (int i = 0; i < HASHES; i++) {
			state += 0x9E3779B97F4A7C15L;
			SEEDS[i] = mix(state);
		}
	}

	static TextSignature of(String text) {
		return sign(normalise(text));
	}

	private static TextSignature sign(String normal) {
		int[] minimums = new int[HASHES];
		Arrays.fill(minimums, Integer.MAX_VALUE);
		if (normal.isEmpty()) {
			return new TextSignature(minimums);
		}
		int shingles = Math.max(1, normal.length() - SHINGLE + 1);
		for (int start = 0; start < shingles; start++) {
			long base = fnv(normal, start, Math.min(normal.length(), start + SHINGLE));
			for (int i = 0; i < HASHES; i++) {
				int h = (int) (mix(base ^ SEEDS[i]) >>> 33);
				if (h < minimums[i]) {
					minimums[i] = h;
				}
			}
		}
		return new TextSignature(minimums);
	}

	/**
	 * A report's signature, with what changes from case to case masked: the case's own names (the
	 * complainant, the victim, the parties heard, the village), every number (dates, sections, case
	 * numbers) and month names. A report copied from another case with those changed then signs as
	 * its source does, and only words the officer really wrote anew tell the two apart.
	 */
	static TextSignature ofReport(String text, Collection<String> names) {
		String masked = " " + normalise(text) + " ";
		List<String> words = names.stream()
			.filter(n -> n != null && !n.isBlank())
			.map(TextSignature::normalise)
			.filter(n -> !n.isEmpty())
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		for (String name : words) {
			masked = masked.replace(" " + name + " ", " \u0000 ");
		}
		masked = NUMBER.matcher(masked).replaceAll("0");
		masked = MONTH.matcher(masked).replaceAll(" \u0001 ");
		return sign(masked.replace('\u0000', 'n').replace('\u0001', 'm').strip().replaceAll(" +", " "));
	}

	private static final Pattern NUMBER = Pattern.compile("[0-9]+");

	/** Month names as {@link #normalise} leaves them (nukta dropped, lower case): {@link WrittenDates}' list. */
	private static final Pattern MONTH = Pattern.compile(" (?:" + WrittenDates.monthAlternatives() + ")(?= )");

	static TextSignature fromBytes(byte[] bytes) {
		int[] minimums = new int[HASHES];
		ByteBuffer.wrap(bytes).asIntBuffer().get(minimums);
		return new TextSignature(minimums);
	}

	byte[] toBytes() {
		ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
		buffer.asIntBuffer().put(minimums);
		return buffer.array();
	}

	/** An empty text has no shingles and resembles nothing. */
	boolean isEmpty() {
		return minimums[0] == Integer.MAX_VALUE && Arrays.stream(minimums).allMatch(m -> m == Integer.MAX_VALUE);
	}

	/** The estimated Jaccard similarity, 0 to 1. */
	double similarity(TextSignature other) {
		if (isEmpty() || other.isEmpty()) {
			return 0;
		}
		int equal = 0;
		for (int i = 0; i < HASHES; i++) {
			if (minimums[i] == other.minimums[i]) {
				equal++;
			}
		}
		return equal / (double) HASHES;
	}

	/** One key per band; a key holds its band's number, so that keys of different bands never meet. */
	long[] bandKeys() {
		long[] keys = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			long h = band * 0x100000001B3L;
			for (int row = 0; row < ROWS; row++) {
				h = mix(h ^ (minimums[band * ROWS + row] & 0xFFFFFFFFL) + row);
			}
			keys[band] = h;
		}
		return keys;
	}

	/**
	 * The text as compared: decomposed so that a nukta or accent is a separate mark, nukta dropped,
	 * chandrabindu as anusvara, Devanagari digits as Latin ones, danda and every other non-letter as a
	 * space, lower case, single spaces.
	 */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		boolean space = true;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (c == '\u093C') {
				continue;
			}
			if (c == '\u0901') {
				c = '\u0902';
			}
			if (c >= '\u0966' && c <= '\u096F') {
				c = (char) ('0' + (c - '\u0966'));
			}
			boolean kept = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
					|| Character.getType(c) == Character.COMBINING_SPACING_MARK;
			if (kept) {
				out.append(Character.toLowerCase(c));
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		int end = out.length();
		while (end > 0 && out.charAt(end - 1) == ' ') {
			end--;
		}
		return Normalizer.normalize(out.substring(0, end), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	/** The exact Jaccard similarity of two short texts' character n-gram sets (for addresses). */
	static double exactSimilarity(String a, String b, int n) {
		Set<String> left = grams(normalise(a), n);
		Set<String> right = grams(normalise(b), n);
		if (left.isEmpty() || right.isEmpty()) {
			return 0;
		}
		Set<String> union = new HashSet<>(left);
		union.addAll(right);
		left.retainAll(right);
		return left.size() / (double) union.size();
	}

	private static Set<String> grams(String text, int n) {
		Set<String> grams = new HashSet<>();
		if (text.isEmpty()) {
			return grams;
		}
		if (text.length() <= n) {
			grams.add(text);
			return grams;
		}
		for (int i = 0; i + n <= text.length(); i++) {
			grams.add(text.substring(i, i + n));
		}
		return grams;
	}

	private static long fnv(String text, int from, int to) {
		long h = 0xCBF29CE484222325L;
		for (int i = from; i < to; i++) {
			h ^= text.charAt(i);
			h *= 0x100000001B3L;
		}
		return h;
	}

	/** SplitMix64's finaliser: every input bit moves every output bit. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TextSignature o && Arrays.equals(minimums, o.minimums);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(minimums);
	}

	@Override
	public String toString() {
		return "TextSignature" + Arrays.toString(Arrays.copyOf(minimums, 4)) + "…";
	}
}
