package org.samadhan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the running application over real HTTP, as a client would: JSON in and out, HTTP Basic
 * for officers, nothing for citizens.
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private final String language;

	/** The client's address as a reverse proxy would pass it on (X-Forwarded-For), or none. */
	private final String forwardedFor;

	private Api(String base, String authorization, String language, String forwardedFor) {
		this.base = base;
		this.authorization = authorization;
		this.language = language;
		this.forwardedFor = forwardedFor;
	}

	public static Api at(int port) {
		return new Api("http://127.0.0.1:" + port, null, "en", null);
	}

	/** The same client signed in as a demo officer (password {@code demo-only}). */
	public Api as(String username) {
		return as(username, "demo-only");
	}

	/** The same client sending this username and password with HTTP Basic. */
	public Api as(String username, String password) {
		String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new Api(base, "Basic " + token, language, forwardedFor);
	}

	public Api anonymous() {
		return new Api(base, null, language, forwardedFor);
	}

	public Api inHindi() {
		return new Api(base, authorization, "hi", forwardedFor);
	}

	/** The same client behind a proxy that says it calls from {@code address}. */
	public Api from(String address) {
		return new Api(base, authorization, language, address);
	}

	public Response get(String path) {
		return send(builder(path).GET());
	}

	public Response post(String path, Object body) {
		return post(path, body, Map.of());
	}

	public Response post(String path, Object body, Map<String, String> headers) {
		HttpRequest.Builder builder = builder(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
		headers.forEach(builder::header);
		return send(builder);
	}

	/** A PUT of a text body (a CSV file, say) of the given content type. */
	public Response put(String path, String body, String contentType) {
		return send(builder(path).header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/** A multipart upload of one file in the part named {@code file}. */
	public Response upload(String path, String fileName, byte[] content) {
		String boundary = "----samadhan" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** A multipart upload of one file in the part {@code part}. */
	public Response uploadFile(String path, String part, String fileName, byte[] content) {
		return uploadFiles(path, Map.of(part, content), Map.of(), fileName);
	}

	/** A multipart upload of several files, each in the part its key names (CSV files, say). */
	public Response uploadFiles(String path, Map<String, byte[]> parts, Map<String, byte[]> moreParts) {
		return uploadFiles(path, parts, moreParts, null);
	}

	private Response uploadFiles(String path, Map<String, byte[]> parts, Map<String, byte[]> moreParts,
			String fileName) {
		String boundary = "----samadhan" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.util.Map<String, byte[]> all = new java.util.LinkedHashMap<>(parts);
		all.putAll(moreParts);
		all.forEach((part, content) -> {
			String name = fileName != null ? fileName : part + ".csv";
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
					+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A multipart submit of a complaint: the JSON part {@code complaint} and one part {@code files}. */
	public Response postComplaintWithFile(String path, Object complaint, String fileName, byte[] content) {
		String boundary = "----samadhan" + UUID.randomUUID();
		byte[] json = JSON.writeValueAsString(complaint).getBytes(StandardCharsets.UTF_8);
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"complaint\"\r\n"
				+ "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(json);
		body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
				+ fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public byte[] download(String path) {
		try {
			HttpResponse<byte[]> response = http.send(builder(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError("download " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
		if (authorization != null) {
			builder.header("Authorization", authorization);
		}
		if (forwardedFor != null) {
			builder.header("X-Forwarded-For", forwardedFor);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			String text = response.body() == null ? "" : response.body().strip();
			JsonNode body = text.startsWith("{") || text.startsWith("[") ? JSON.readTree(text)
					: tools.jackson.databind.node.NullNode.getInstance();
			return new Response(response.statusCode(), body, response.body(), response.headers());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A response: its status, its JSON body (a null node when empty) and the raw text. */
	public record Response(int status, JsonNode json, String text, java.net.http.HttpHeaders headers) {

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public String field(String name) {
			JsonNode node = json.get(name);
			return node == null || node.isNull() ? null : node.asString();
		}

		@Override
		public String toString() {
			return status + " " + text;
		}
	}
}
