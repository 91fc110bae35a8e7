package org.samadhan.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException.Reason;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable, in one place for the API and the pages. The rules follow NIST
 * SP 800-63B (5.1.1.2): a minimum length and a check against passwords that are common, expected
 * or tied to the account, and no composition rules (no "one capital, one digit"), which make
 * passwords harder to remember without making them harder to guess. Each broken rule is named in
 * the refusal, in the caller's language.
 * <p>
 * Why not a library such as Passay: its rules would cover the length and an exact look-up in a
 * list, while what matters here, the variations of a common word ("P@ssw0rd2024!") and of the
 * account's own username and mobile, and the Hindi texts, would still be ours.
 */
@Component
public class PasswordRules {

	/**
	 * At least 10 characters: NIST SP 800-63B asks for at least 8 where a password is the only
	 * factor, and 15 in its 2024 revision; 10 is a step up that officers typing on a phone still
	 * accept, with the list below and the throttle doing the rest.
	 */
	public static final int MIN_LENGTH = 10;

	/**
	 * At most 72 bytes (UTF-8): BCrypt reads no more, and Spring Security refuses to hash a longer
	 * password rather than silently ignore its end. That is 72 English letters, digits or signs,
	 * or 24 Devanagari letters.
	 */
	public static final int MAX_BYTES = 72;

	/** Published in the README: never a real password. */
	private static final String DEMO_PASSWORD = db.demo.V202611280101__demo_rampur.DEMO_PASSWORD;

	/** Shorter entries of the lists would, as the core of a longer password, refuse good ones. */
	private static final int SHORTEST_LISTED = 4;

	/** Keyboard rows, for runs such as "qwertyui" and "asdfghjk". */
	private static final List<String> ROWS = List.of("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./");

	private final Set<String> common;

	PasswordRules() {
		this(load("data/passwords/openwall-password.lst", "data/passwords/samadhan-words.txt"));
	}

	PasswordRules(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	/**
	 * Refuses a password that breaks a rule for this account, naming every rule it breaks.
	 *
	 * @throws PolicyRefusal {@code password.refused}, with one reason per broken rule
	 */
	public void check(String password, String username, String mobile, String... names) {
		List<Reason> broken = broken(password, username, mobile, names);
		if (!broken.isEmpty()) {
			throw new PolicyRefusal("password.refused", broken);
		}
	}

	/** The rules a password breaks for this account (none: it may be used). */
	public List<Reason> broken(String password, String username, String mobile, String... names) {
		List<Reason> broken = new ArrayList<>();
		String text = password == null ? "" : password;
		if (text.codePointCount(0, text.length()) < MIN_LENGTH) {
			broken.add(new Reason("too-short", "password.too-short", MIN_LENGTH));
		}
		if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			broken.add(new Reason("too-long", "password.too-long", MAX_BYTES, MAX_BYTES / 3));
		}
		Set<String> variants = variants(text);
		if (variants.contains("demoonly") || text.toLowerCase(Locale.ROOT).contains(DEMO_PASSWORD)) {
			broken.add(new Reason("demo", "password.demo"));
		}
		else if (variants.stream().anyMatch(v -> v.length() >= SHORTEST_LISTED && common.contains(v))
				|| guessable(text.toLowerCase(Locale.ROOT))) {
			broken.add(new Reason("common", "password.common"));
		}
		if (personal(text, variants, username, mobile, names)) {
			broken.add(new Reason("personal", "password.personal"));
		}
		return broken;
	}

	/**
	 * The forms a guesser tries a word in: as typed in lower case; with the digits and signs around
	 * it taken off; with letters written as digits or signs read back ("p@ssw0rd"); with its signs
	 * and spaces left out; reversed; and the half of a doubled word ("monkeymonkey").
	 */
	static Set<String> variants(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		Set<String> forms = new LinkedHashSet<>();
		forms.add(lower);
		String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		forms.add(core);
		forms.add(unleet(core));
		forms.add(unleet(lower));
		forms.add(unleet(lower).replaceAll("[^\\p{L}\\p{N}]", ""));
		forms.add(lower.replaceAll("[^\\p{L}\\p{N}]", ""));
		for (String form : List.copyOf(forms)) {
			forms.add(new StringBuilder(form).reverse().toString());
			int half = form.length() / 2;
			if (form.length() % 2 == 0 && half > 0 && form.substring(0, half).equals(form.substring(half))) {
				forms.add(form.substring(0, half));
			}
		}
		forms.remove("");
		return forms;
	}

	private static String unleet(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			plain.append(switch (c) {
				case '0' -> 'o';
				case '1', '!', '|' -> 'i';
				case '3' -> 'e';
				case '4', '@' -> 'a';
				case '5', '$' -> 's';
				case '7', '+' -> 't';
				case '8' -> 'b';
				case '9' -> 'g';
				default -> c;
			});
		}
		return plain.toString();
	}

	/**
	 * Made of runs a guesser tries first: the same character again, the next or previous one
	 * ("abcdef", "987654"), or neighbours on a keyboard row ("qwerty"); fewer than four characters
	 * left outside runs of three or more is guessable ("abc1234567", "aaaaaaaaaa").
	 */
	static boolean guessable(String lower) {
		int[] chars = lower.codePoints().toArray();
		boolean[] inRun = new boolean[chars.length];
		int start = 0;
		for (int i = 1; i <= chars.length; i++) {
			if (i == chars.length || !(next(chars[i - 1], chars[i]) && (i - start < 2 || sameStep(chars, i)))) {
				if (i - start >= 3) {
					for (int j = start; j < i; j++) {
						inRun[j] = true;
					}
				}
				start = i;
			}
		}
		int outside = 0;
		for (boolean in : inRun) {
			outside += in ? 0 : 1;
		}
		return outside < 4 || lower.codePoints().distinct().count() < 4;
	}

	private static boolean next(int a, int b) {
		return Math.abs(a - b) <= 1 || Math.abs(rowStep(a, b)) == 1;
	}

	/** A run keeps its direction: "abcba" is two runs. */
	private static boolean sameStep(int[] chars, int i) {
		int before = step(chars[i - 2], chars[i - 1]);
		int now = step(chars[i - 1], chars[i]);
		return before == now;
	}

	private static int step(int a, int b) {
		int row = rowStep(a, b);
		return Math.abs(b - a) <= 1 ? b - a : row;
	}

	/** How far apart two characters are on the same keyboard row (a large number if on none). */
	private static int rowStep(int a, int b) {
		for (String row : ROWS) {
			int x = row.indexOf(a);
			int y = row.indexOf(b);
			if (x >= 0 && y >= 0) {
				return y - x;
			}
		}
		return 100;
	}

	/**
	 * Holds the account's own words: the username (whole, or one of its parts of four letters or
	 * more, as {@code kotwali} of {@code sho.kotwali}), the mobile number (or its last seven digits, forwards or
	 * backwards), or a part of the officer's name.
	 */
	private static boolean personal(String password, Set<String> variants, String username, String mobile,
			String... names) {
		String compact = password.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
		Set<String> words = new HashSet<>();
		if (username != null) {
			String user = username.toLowerCase(Locale.ROOT);
			String whole = user.replaceAll("[^\\p{L}\\p{N}]", "");
			if (whole.length() >= 3 && (compact.contains(whole) || unleet(compact).contains(whole))) {
				return true;
			}
			words.addAll(List.of(user.split("[^\\p{L}]+")));
		}
		for (String name : names) {
			if (name != null) {
				words.addAll(List.of(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")));
			}
		}
		words.removeIf(word -> word.length() < 4);
		if (variants.stream().anyMatch(words::contains)) {
			return true;
		}
		if (mobile != null && mobile.length() >= 7) {
			String digits = password.replaceAll("[^0-9]", "");
			String tail = mobile.substring(mobile.length() - 7);
			return digits.contains(tail) || new StringBuilder(digits).reverse().toString().contains(tail);
		}
		return false;
	}

	private static Set<String> load(String... resources) {
		Set<String> words = new HashSet<>();
		for (String resource : resources) {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(
					PasswordRules.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8))) {
				reader.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#"))
					.map(line -> line.toLowerCase(Locale.ROOT))
					.forEach(words::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return words;
	}
}
