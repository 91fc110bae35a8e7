package org.samadhan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without a screen: keeps cookies, reads pages, posts forms with the CSRF token the page
 * carries, and does not follow redirects (a test reads where it is sent).
 */
public final class PageClient {

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String base;

	private String forwardedFor;

	public PageClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	/** Calls as if from {@code address}, behind a proxy (X-Forwarded-For). */
	public PageClient from(String address) {
		this.forwardedFor = address;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	public Document page(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
		}
		return Jsoup.parse(response.body(), base);
	}

	/**
	 * Posts the form of the page at {@code pagePath} whose action is {@code action}, with these
	 * fields and the page's CSRF token.
	 */
	public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
		Document page = page(pagePath);
		Map<String, String> all = new LinkedHashMap<>();
		all.put("_csrf", page.select("form[action=" + action + "] input[name=_csrf]").attr("value"));
		all.putAll(fields);
		return post(action, all);
	}

	public HttpResponse<String> post(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Signs in on the form; answers where the form sent the browser. */
	public String signIn(String username, String password) {
		HttpResponse<String> response = submit("/login", "/login", Map.of("username", username, "password", password));
		return response.headers().firstValue("Location").orElse(response.statusCode() + "");
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
		if (forwardedFor != null) {
			builder.header("X-Forwarded-For", forwardedFor);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
