package org.samadhan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordsTest {

	final AtomicInteger bcryptChecks = new AtomicInteger();

	final BCryptPasswordEncoder real = new BCryptPasswordEncoder(4);

	final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return real.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			bcryptChecks.incrementAndGet();
			return real.matches(raw, encoded);
		}
	};

	Instant now = Instant.parse("2026-11-28T05:00:00Z");

	final Clock clock = new Clock() {
		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	};

	final VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), 100, clock);

	@Test
	void remembersASuccessfulCheckForAWhileOnly() {
		String hash = real.encode("secret");
		assertThat(passwords.matches("secret", hash)).isTrue();
		assertThat(passwords.matches("secret", hash)).isTrue();
		assertThat(bcryptChecks).hasValue(1);
		now = now.plus(Duration.ofMinutes(6));
		assertThat(passwords.matches("secret", hash)).isTrue();
		assertThat(bcryptChecks).hasValue(2);
	}

	@Test
	void neverRemembersAFailureSoGuessingStaysSlow() {
		String hash = real.encode("secret");
		assertThat(passwords.matches("guess", hash)).isFalse();
		assertThat(passwords.matches("guess", hash)).isFalse();
		assertThat(bcryptChecks).hasValue(2);
	}

	@Test
	void forgetsTheOldPasswordAsSoonAsTheStoredHashChanges() {
		String oldHash = real.encode("secret");
		assertThat(passwords.matches("secret", oldHash)).isTrue();
		String newHash = real.encode("changed");
		assertThat(passwords.matches("secret", newHash)).isFalse();
		assertThat(passwords.matches("changed", newHash)).isTrue();
	}

	@Test
	void anAccountWithNoPasswordYetTakesABcryptCheckToRefuseAsAWrongPasswordDoes() {
		assertThat(passwords.matches("anything", "!unset")).isFalse();
		assertThat(bcryptChecks).hasValue(1);
	}

	@Test
	void remembersOnlyWhatBcryptFoundRightWithoutCheckingAnything() {
		String hash = real.encode("secret");
		assertThat(passwords.remembers("secret", hash)).isFalse();
		assertThat(passwords.matches("secret", hash)).isTrue();
		assertThat(passwords.remembers("secret", hash)).isTrue();
		assertThat(passwords.remembers("guess", hash)).isFalse();
		assertThat(bcryptChecks).hasValue(1);
	}
}
