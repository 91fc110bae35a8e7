package org.samadhan.notification;

import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a text message through a configurable HTTP gateway (see {@link SmsGatewayProperties}).
 * A 2xx answer is success. 429, 5xx, a timeout or a broken connection are failures to retry; any
 * other 4xx is a refusal that trying again would not change ({@link DeliveryRefused}).
 */
class HttpSmsGateway implements SmsGateway {

	private static final int ANSWER_EXCERPT = 300;

	private final RestClient client;

	private final SmsGatewayProperties properties;

	HttpSmsGateway(RestClient.Builder builder, SmsGatewayProperties properties) {
		this.properties = properties;
		// HTTP/1.1: gateways on plain http answer an HTTP/2 upgrade attempt badly, and one message
		// per request gains nothing from HTTP/2.
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(properties.connectTimeout())
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(properties.readTimeout());
		this.client = builder.clone().requestFactory(requests).build();
	}

	@Override
	public void send(String mobile, String text) {
		send(mobile, text, "", "");
	}

	@Override
	public void send(String mobile, String text, String template, long messageId) {
		send(mobile, text, template, Long.toString(messageId));
	}

	private void send(String mobile, String text, String template, String id) {
		Map<String, String> values = new LinkedHashMap<>();
		properties.params()
			.forEach((name, value) -> values.put(name, value.replace("{mobile}", mobile)
				.replace("{sender}", properties.senderId())
				.replace("{template}", template)
				.replace("{id}", id)
				.replace("{text}", text)));
		RestClient.RequestBodySpec request;
		if ("GET".equalsIgnoreCase(properties.method())) {
			request = client.method(HttpMethod.GET).uri(queryTemplate(values.keySet()), variables(values));
		}
		else {
			request = client.method(HttpMethod.valueOf(properties.method().toUpperCase())).uri(properties.url());
			if ("json".equalsIgnoreCase(properties.format())) {
				request.contentType(MediaType.APPLICATION_JSON).body(values);
			}
			else {
				MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
				values.forEach(form::add);
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
			}
		}
		if (properties.authValue() != null && !properties.authValue().isBlank()) {
			request.header(properties.authHeader(), properties.authValue());
		}
		request.exchange((req, response) -> {
			HttpStatusCode status = response.getStatusCode();
			if (status.is2xxSuccessful()) {
				return null;
			}
			String answer = excerpt(new String(response.getBody().readAllBytes()));
			if (status.is4xxClientError() && status.value() != 429) {
				throw new DeliveryRefused("HTTP " + status.value() + ": " + answer);
			}
			throw new IllegalStateException("HTTP " + status.value() + ": " + answer);
		});
	}

	/** The URL with each parameter as a URI variable, so that every value is encoded in full. */
	private String queryTemplate(Iterable<String> names) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(properties.url());
		int i = 0;
		for (String name : names) {
			uri.queryParam(name, "{p" + i++ + "}");
		}
		return uri.build().toUriString();
	}

	private static Map<String, String> variables(Map<String, String> values) {
		Map<String, String> variables = new LinkedHashMap<>();
		int i = 0;
		for (String value : values.values()) {
			variables.put("p" + i++, value);
		}
		return variables;
	}

	private static String excerpt(String answer) {
		return answer.length() <= ANSWER_EXCERPT ? answer : answer.substring(0, ANSWER_EXCERPT) + "…";
	}
}
