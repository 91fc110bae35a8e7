package org.samadhan.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock a test moves forward instead of sleeping; it starts at the real time. */
public class MovableClock extends Clock {

	private volatile Instant now = Instant.now();

	private final ZoneId zone = ZoneId.of("Asia/Kolkata");

	/** Puts the clock at {@code instant}, for stories that need a given date (its holidays, its weekdays). */
	public void set(Instant instant) {
		now = instant;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}
}
