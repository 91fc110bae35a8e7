package org.samadhan.notification;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach the SMS gateway over HTTP ({@code samadhan.notification.sms.*}). Gateways differ
 * in every detail, so the request is a template: {@code params} are the request's parameters,
 * whose values may hold {@code {mobile}}, {@code {text}}, {@code {sender}}, {@code {template}}
 * and {@code {id}}; they go in the query string for GET, in a form body or a JSON object for POST.
 *
 * @param url the gateway's address; none (the default) means no gateway: messages are recorded
 * @param method GET or POST
 * @param format for POST: {@code form} (application/x-www-form-urlencoded) or {@code json}
 * @param params the request's parameters (default {@code to={mobile}, text={text}, sender={sender}})
 * @param authHeader the header that carries the credential, e.g. {@code Authorization}
 * @param authValue its value, e.g. {@code Bearer ...}; none means no header
 * @param senderId the registered sender id (DLT header) put in {@code {sender}}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer; a timeout is a failure to retry
 */
@ConfigurationProperties("samadhan.notification.sms")
record SmsGatewayProperties(String url, @DefaultValue("POST") String method, @DefaultValue("form") String format,
		Map<String, String> params, @DefaultValue("Authorization") String authHeader, String authValue,
		@DefaultValue("SAMDHN") String senderId, @DefaultValue("PT5S") Duration connectTimeout,
		@DefaultValue("PT10S") Duration readTimeout) {

	SmsGatewayProperties {
		if (params == null || params.isEmpty()) {
			params = new LinkedHashMap<>();
			params.put("to", "{mobile}");
			params.put("text", "{text}");
			params.put("sender", "{sender}");
		}
	}

	boolean configured() {
		return url != null && !url.isBlank();
	}
}
