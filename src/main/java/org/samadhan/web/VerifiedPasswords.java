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

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, with successful checks remembered for a few minutes. An API client that sends HTTP
 * Basic on every call would otherwise pay a deliberately slow BCrypt check per request (tens of
 * milliseconds of a core each). The memory is keyed by a SHA-256 of the presented password
 * together with the stored hash, so it holds no password, and a changed password (a new stored
 * hash) misses it at once. Failed checks are never remembered: guessing stays as slow as BCrypt.
 */
final class VerifiedPasswords implements PasswordEncoder {

	private final PasswordEncoder bcrypt;

	private final Duration memory;

	private final int capacity;

	private final Clock clock;

	private final Map<String, Instant> verified;

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
		String key = digest(rawPassword, encodedPassword);
		Instant now = clock.instant();
		synchronized (verified) {
			Instant until = verified.get(key);
			if (until != null && until.isAfter(now)) {
				return true;
			}
		}
		boolean matches = bcrypt.matches(rawPassword, encodedPassword);
		if (matches) {
			synchronized (verified) {
				verified.put(key, now.plus(memory));
			}
		}
		return matches;
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
