package org.samadhan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The HTTP gateway when {@code samadhan.notification.sms.url} is set; otherwise (the demo) a
 * stand-in that writes each message to the log, and the outbox marks them RECORDED.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsGatewayProperties.class)
class SmsGatewayConfiguration {

	private static final Logger log = LoggerFactory.getLogger("samadhan.sms");

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	@ConditionalOnExpression("!'${samadhan.notification.sms.url:}'.isBlank()")
	SmsGateway httpSmsGateway(RestClient.Builder builder, SmsGatewayProperties properties) {
		return new HttpSmsGateway(builder, properties);
	}

	@Bean
	@ConditionalOnMissingBean(SmsGateway.class)
	SmsGateway loggingSmsGateway() {
		return new SmsGateway() {

			@Override
			public void send(String mobile, String text) {
				log.info("SMS to {}: {}", mobile, text);
			}

			@Override
			public boolean delivers() {
				return false;
			}
		};
	}
}
