package org.samadhan.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock domain code reads; tests replace it to move time instead of sleeping. Bean
 * Validation's "past or present" checks read it too, not the server's zone: an incident or a
 * posting dated today in India is not "in the future" between midnight and 05:30 IST. It sits here,
 * not in the web module, because every module validates dates (a bulk set-up runs without a request).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${samadhan.zone:Asia/Kolkata}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

	@Bean
	ValidationConfigurationCustomizer samadhanClockForValidation(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}
}
