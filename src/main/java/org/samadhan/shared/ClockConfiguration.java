package org.samadhan.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock domain code reads; tests replace it to move time instead of sleeping. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${samadhan.zone:Asia/Kolkata}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}
}
