package org.samadhan.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samadhan.jurisdiction.SignInThrottle.Limits;
import org.samadhan.jurisdiction.SignInThrottle.Policy;
import org.samadhan.jurisdiction.internal.SignInFailureRepository.Row;

/** The arithmetic of waiting, for an account and for an address, without a database. */
class SignInThrottlePolicyTest {

	final Policy policy = new Policy(new Limits(3, 10), new Limits(30, 100), Duration.ofSeconds(1),
			Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));

	final Instant t = Instant.parse("2026-12-04T10:00:00Z");

	@Test
	void anAccountWaitsLongerWithEachWrongPasswordThenIsLocked() {
		Limits account = policy.account();
		assertThat(policy.wait(0, account)).isZero();
		assertThat(policy.wait(2, account)).isZero();
		assertThat(policy.wait(3, account)).isEqualTo(Duration.ofSeconds(1));
		assertThat(policy.wait(4, account)).isEqualTo(Duration.ofSeconds(2));
		assertThat(policy.wait(8, account)).isEqualTo(Duration.ofSeconds(32));
		assertThat(policy.wait(9, account)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.wait(10, account)).isEqualTo(Duration.ofMinutes(15));
		assertThat(policy.wait(11, account)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void anAddressHasTheSameRuleWithHigherLimits() {
		Limits address = policy.address();
		assertThat(policy.wait(10, address)).isZero();
		assertThat(policy.wait(29, address)).isZero();
		assertThat(policy.wait(30, address)).isEqualTo(Duration.ofSeconds(1));
		assertThat(policy.wait(99, address)).isEqualTo(Duration.ofMinutes(1));
		assertThat(policy.wait(100, address)).isEqualTo(Duration.ofMinutes(15));
		Optional<Row> busy = Optional.of(new Row("ADDRESS", "203.0.113.9", 100, t, "203.0.113.9"));
		assertThat(policy.remaining(busy, address, t.plusSeconds(60))).isEqualTo(Duration.ofMinutes(14));
		assertThat(policy.remaining(busy, address, t.plus(Duration.ofMinutes(15)))).isZero();
	}

	@Test
	void theWaitRunsFromTheLatestAttemptAndTheCountIsForgottenAfterTheWindow() {
		Optional<Row> row = Optional.of(new Row("ACCOUNT", "io.x", 4, t, null));
		assertThat(policy.remaining(row, policy.account(), t.plusMillis(500))).isEqualTo(Duration.ofMillis(1500));
		assertThat(policy.remaining(row, policy.account(), t.plusSeconds(2))).isZero();
		assertThat(policy.current(row, t.plus(Duration.ofMinutes(59)))).isEqualTo(4);
		assertThat(policy.current(row, t.plus(Duration.ofHours(1)))).isZero();
		assertThat(policy.current(Optional.empty(), t)).isZero();
	}

	@Test
	void aCountStampedInTheFutureByAnotherClockNeverMakesAnyoneWaitLongerThanTheRule() {
		// A few minutes ahead (instances' clocks differ a little): the wait is at most the rule's.
		Optional<Row> ahead = Optional.of(new Row("ACCOUNT", "io.x", 4, t.plus(Duration.ofMinutes(5)), null));
		assertThat(policy.current(ahead, t)).isEqualTo(4);
		assertThat(policy.remaining(ahead, policy.account(), t)).isEqualTo(Duration.ofSeconds(2));
		Optional<Row> locked = Optional.of(new Row("ACCOUNT", "io.x", 10, t.plus(Duration.ofMinutes(10)), null));
		assertThat(policy.remaining(locked, policy.account(), t)).isEqualTo(Duration.ofMinutes(15));
		// Days ahead: a wrong clock stamped it; the count is forgotten and counting starts again.
		Optional<Row> wrongClock = Optional.of(new Row("ACCOUNT", "io.x", 4, t.plus(Duration.ofHours(72)), null));
		assertThat(policy.current(wrongClock, t)).isZero();
		assertThat(policy.remaining(wrongClock, policy.account(), t)).isZero();
	}

	@Test
	void refusesAWindowShorterThanTheLock() {
		assertThatThrownBy(() -> new Policy(new Limits(3, 10), new Limits(30, 100), Duration.ofSeconds(1),
				Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofHours(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Limits(5, 4)).isInstanceOf(IllegalArgumentException.class);
	}
}
