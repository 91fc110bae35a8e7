package org.samadhan.web;

import java.time.Clock;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bean Validation's "past or present" checks read Samadhan's clock (Asia/Kolkata), not the server's
 * zone: an incident dated today in India is not "in the future" between midnight and 05:30 IST.
 */
@Configuration(proxyBeanMethods = false)
class ValidationClock {

	@Bean
	ValidationConfigurationCustomizer samadhanClockForValidation(Clock clock) {
		return configuration -> configuration.clockProvider(() -> clock);
	}
}
