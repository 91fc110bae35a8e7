package org.samadhan.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The SMS gateway's request is a template an operator fills in for their provider: GET with a
 * query string, a form POST or a JSON POST, with its own parameter names, sender id and credential
 * header. Each kind is sent to a real HTTP server (WireMock) and read back there.
 */
class HttpSmsGatewayTest {

	private static final String TEXT = "समाधान: आपकी शिकायत दर्ज हो गई है। सन्दर्भ संख्या 2663760024404 & more+1 = ?";

	static WireMockServer gateway;

	@BeforeAll
	static void start() {
		gateway = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));
		gateway.start();
	}

	@AfterAll
	static void stop() {
		gateway.stop();
	}

	@BeforeEach
	void reset() {
		gateway.resetAll();
	}

	@Test
	void sendsAGetWithEveryValueEncodedInTheQueryString() {
		gateway.stubFor(get(urlPathEqualTo("/api/push")).willReturn(ok("OK")));
		Map<String, String> params = new LinkedHashMap<>();
		params.put("apikey", "k-123");
		params.put("numbers", "91{mobile}");
		params.put("message", "{text}");
		params.put("sender", "{sender}");
		params.put("dlt", "tmpl-{template}");
		params.put("ref", "{id}");

		gatewayFor("GET", "form", params, "/api/push?route=2").send("9876543210", TEXT, "registered", 42);

		LoggedRequest request = gateway.findAll(getRequestedFor(urlPathEqualTo("/api/push"))).get(0);
		assertThat(request.queryParameter("route").firstValue()).isEqualTo("2");
		assertThat(request.queryParameter("numbers").firstValue()).isEqualTo("919876543210");
		assertThat(request.queryParameter("message").firstValue()).isEqualTo(TEXT);
		assertThat(request.queryParameter("sender").firstValue()).isEqualTo("SAMDHN");
		assertThat(request.queryParameter("dlt").firstValue()).isEqualTo("tmpl-registered");
		assertThat(request.queryParameter("ref").firstValue()).isEqualTo("42");
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer secret");
	}

	@Test
	void sendsAJsonPostWithTheParametersAsItsFields() {
		gateway.stubFor(post("/send").willReturn(ok()));
		Map<String, String> params = new LinkedHashMap<>();
		params.put("to", "{mobile}");
		params.put("body", "{text}");

		gatewayFor("POST", "json", params, "/send").send("9876543210", TEXT);

		gateway.verify(postRequestedFor(urlPathEqualTo("/send"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"to\":\"9876543210\",\"body\":\"" + TEXT + "\"}")));
	}

	@Test
	void sendsAFormPostByDefault() {
		gateway.stubFor(post("/send").willReturn(ok()));

		gatewayFor("POST", "form", Map.of(), "/send").send("9876543210", TEXT);

		LoggedRequest request = gateway.findAll(postRequestedFor(urlPathEqualTo("/send"))).get(0);
		assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(request.formParameters().get("to").firstValue()).isEqualTo("9876543210");
		assertThat(request.formParameters().get("text").firstValue()).isEqualTo(TEXT);
		assertThat(request.formParameters().get("sender").firstValue()).isEqualTo("SAMDHN");
	}

	@Test
	void aClientErrorIsARefusalButTooManyRequestsServerErrorsAndTimeoutsAreWorthRetrying() {
		HttpSmsGateway sms = gatewayFor("POST", "form", Map.of(), "/send");
		gateway.stubFor(post("/send").willReturn(aResponse().withStatus(401).withBody("bad key")));
		assertThatThrownBy(() -> sms.send("9876543210", TEXT)).isInstanceOf(DeliveryRefused.class)
			.hasMessageContaining("401")
			.hasMessageContaining("bad key");

		for (int status : new int[] { 429, 500, 503 }) {
			gateway.stubFor(post("/send").willReturn(aResponse().withStatus(status)));
			assertThatThrownBy(() -> sms.send("9876543210", TEXT)).as("HTTP " + status)
				.isNotInstanceOf(DeliveryRefused.class)
				.hasMessageContaining(Integer.toString(status));
		}

		gateway.stubFor(post("/send").willReturn(ok().withFixedDelay(1500)));
		assertThatThrownBy(() -> sms.send("9876543210", TEXT)).isInstanceOf(ResourceAccessException.class);
	}

	private static HttpSmsGateway gatewayFor(String method, String format, Map<String, String> params, String path) {
		return new HttpSmsGateway(RestClient.builder(), new SmsGatewayProperties(gateway.baseUrl() + path, method,
				format, params, "Authorization", "Bearer secret", "SAMDHN", Duration.ofSeconds(1), Duration.ofSeconds(1)));
	}
}
