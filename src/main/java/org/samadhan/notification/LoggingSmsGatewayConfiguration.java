package org.samadhan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With no SMS gateway configured (the demo), messages are written to the log. */
@Configuration(proxyBeanMethods = false)
class LoggingSmsGatewayConfiguration {

	private static final Logger log = LoggerFactory.getLogger("samadhan.sms");

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway loggingSmsGateway() {
		return (mobile, text) -> log.info("SMS to {}: {}", mobile, text);
	}
}
