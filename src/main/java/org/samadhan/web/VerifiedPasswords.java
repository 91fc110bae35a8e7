package org.samadhan.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, with successful checks remembered for a few minutes. An API client that sends HTTP
 * Basic on every call would otherwise pay a deliberately slow BCrypt check per request (tens of
 * milliseconds of a core each). The memory is keyed by a SHA-256 of the presented password
 * together with the stored hash, so it holds no password, and a changed password (a new stored
 * hash) misses it at once. Failed checks are never remembered: guessing stays as slow as BCrypt.
 * A stored value that is no BCrypt hash (an officer who has not set a password yet) takes as long
 * to refuse as a wrong password does: how fast the answer comes tells nothing about the account.
 */
final class VerifiedPasswords implements PasswordEncoder {

	private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

	private final PasswordEncoder bcrypt;

	private final Duration memory;

	private final int capacity;

	private final Clock clock;

	private final Map<String, Instant> verified;

	/** A hash that no password the check is given matches, to spend BCrypt's time on for nothing. */
	private final String nothing;

	VerifiedPasswords(PasswordEncoder bcrypt, Duration memory, int capacity, Clock clock) {
		this.bcrypt = bcrypt;
		this.memory = memory;
		this.capacity = capacity;
		this.clock = clock;
		this.verified = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
				return size() > VerifiedPasswords.this.capacity;
			}
		};
		this.nothing = bcrypt.encode(UUID.randomUUID().toString());
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return bcrypt.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		if (remembers(rawPassword, encodedPassword)) {
			return true;
		}
		if (!BCRYPT.matcher(encodedPassword).matches()) {
			bcrypt.matches(rawPassword, nothing);
			return false;
		}
		String key = digest(rawPassword, encodedPassword);
		Instant now = clock.instant();
		boolean matches = bcrypt.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (verified) {
				verified.put(key, now.plus(memory));
			}
		}
		return matches;
	}

	/**
	 * Whether this password was found right for this stored hash within the memory: answered from
	 * memory alone, never by BCrypt (a sign-in that the throttle need not count).
	 */
	boolean remembers(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return false;
		}
		String key = digest(rawPassword, encodedPassword);
		synchronized (verified) {
			Instant until = verified.get(key);
			return until != null && until.isAfter(clock.instant());
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return bcrypt.upgradeEncoding(encodedPassword);
	}

	private static String digest(CharSequence rawPassword, String encodedPassword) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
