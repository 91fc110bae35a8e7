package org.samadhan.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class NoAnswerClosureTest {

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private final NoAnswerClosure policy = new NoAnswerClosure(3, 3);

	@Test
	void closesAfterThreeCallsOnThreeDifferentDays() {
		NoAnswerClosure.Verdict verdict = policy.judge(List.of(Instant.parse("2026-12-01T05:00:00Z"),
				Instant.parse("2026-12-02T05:00:00Z"), Instant.parse("2026-12-03T05:00:00Z")), INDIA);
		assertThat(verdict.closes()).isTrue();
		assertThat(verdict.tooClose()).isFalse();
	}

	@Test
	void threeCallsOnOneDayCountButDoNotClose() {
		NoAnswerClosure.Verdict verdict = policy.judge(List.of(Instant.parse("2026-12-01T04:00:00Z"),
				Instant.parse("2026-12-01T06:00:00Z"), Instant.parse("2026-12-01T08:00:00Z")), INDIA);
		assertThat(verdict.closes()).isFalse();
		assertThat(verdict.tooClose()).isTrue();
		assertThat(verdict.attempts()).isEqualTo(3);
		assertThat(verdict.days()).isEqualTo(1);
	}

	@Test
	void twoCallsOnTwoDaysAreNotYetEnough() {
		NoAnswerClosure.Verdict verdict = policy.judge(
				List.of(Instant.parse("2026-12-01T05:00:00Z"), Instant.parse("2026-12-02T05:00:00Z")), INDIA);
		assertThat(verdict.closes()).isFalse();
		assertThat(verdict.tooClose()).isFalse();
	}

	@Test
	void countsDaysInIndianTimeNotUtc() {
		// 20:00 UTC on 1 December is 01:30 on 2 December in India: three Indian days, two UTC days.
		NoAnswerClosure.Verdict verdict = policy.judge(List.of(Instant.parse("2026-12-01T05:00:00Z"),
				Instant.parse("2026-12-01T20:00:00Z"), Instant.parse("2026-12-02T20:00:00Z")), INDIA);
		assertThat(verdict.days()).isEqualTo(3);
		assertThat(verdict.closes()).isTrue();
	}

	@Test
	void refusesASettingBelowOne() {
		assertThatThrownBy(() -> new NoAnswerClosure(0, 3)).isInstanceOf(IllegalArgumentException.class);
	}
}
