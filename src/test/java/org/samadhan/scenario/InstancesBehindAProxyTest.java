package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samadhan.support.SharedDatabaseInstances;
import org.samadhan.support.Story;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances on one database, as behind a load balancer (issue 10, item 5). An officer's
 * session lives in the database (Spring Session JDBC), so a page that lands on the other instance
 * finds them signed in, with the same CSRF token, and a sign-out on one ends the session on both.
 * With Debian's nginx installed, the two are put behind it (round robin, no stickiness) and a
 * citizen and an officer are served alternately through it, each request noted with the instance
 * that answered.
 */
class InstancesBehindAProxyTest {

	static final SharedDatabaseInstances instances = new SharedDatabaseInstances();

	static final Path attachments = Path.of("target/test-attachments/" + UUID.randomUUID());

	static int first;

	static int second;

	static Process nginx;

	static int proxy;

	static Path nginxFolder;

	@BeforeAll
	static void startTwo() {
		Map<String, String> properties = Map.of("samadhan.attachments.directory", attachments.toString());
		first = port(instances.start(properties));
		second = port(instances.start(properties));
	}

	@AfterAll
	static void stop() throws IOException {
		if (nginx != null) {
			nginx.destroy();
		}
		instances.close();
	}

	static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	@Test
	void anOfficerSignedInOnOneInstanceIsSignedInOnTheOtherUntilTheySignOutOnEither() {
		Browser officer = new Browser();
		assertThat(officer.signIn(first, Story.SHO, "demo-only")).endsWith("/home");

		HttpResponse<String> home = officer.get(second, "/home");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(home.body()).select("form[action=/logout]")).as("signed in").isNotEmpty();
		// a form of a page served by one instance is accepted by the other (same session, same token)
		Document inbox = Jsoup.parse(officer.get(first, "/cases/station-inbox").body());
		assertThat(inbox.select("form[action=/logout] input[name=_csrf]")).isNotEmpty();
		HttpResponse<String> out = officer.post(second, "/logout",
				Map.of("_csrf", inbox.select("form[action=/logout] input[name=_csrf]").attr("value")));
		assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/login?signed-out");

		assertThat(officer.get(first, "/home").headers().firstValue("Location").orElse("")).endsWith("/login");
	}

	@Test
	void behindNginxACitizenAndAnOfficerAreServedAlternatelyByBothInstances() throws Exception {
		Path binary = Path.of("/usr/sbin/nginx");
		assumeThat(Files.isExecutable(binary)).as("Debian's nginx (.ci/run installs it)").isTrue();
		startNginx(binary);
		Browser citizen = new Browser();
		Browser officer = new Browser();
		assertThat(officer.signIn(proxy, Story.CELL, "demo-only")).endsWith("/home");
		Set<String> answeredBy = new HashSet<>();
		List<String> references = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			// the citizen fills in the form from one page and sends it: whichever instance answers
			HttpResponse<String> form = citizen.get(proxy, "/complaints/new");
			answeredBy.add(form.headers().firstValue("X-Instance").orElseThrow());
			Map<String, String> fields = new java.util.LinkedHashMap<>(Story.filingForm(Story.freshMobile()));
			Document page = Jsoup.parse(form.body());
			page.select("form[action=/complaints/new] input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
			HttpResponse<String> filed = citizen.post(proxy, "/complaints/new", fields);
			answeredBy.add(filed.headers().firstValue("X-Instance").orElseThrow());
			assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
			String receipt = citizen.get(proxy, filed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
				.body();
			String reference = Jsoup.parse(receipt).select("#reference").text().replace(" ", "");
			assertThat(reference).hasSize(13);
			references.add(reference);

			// the officer, signed in once, finds it in the district inbox on whichever instance answers
			HttpResponse<String> inbox = officer.get(proxy, "/cases/district-inbox?text=" + reference);
			answeredBy.add(inbox.headers().firstValue("X-Instance").orElseThrow());
			assertThat(inbox.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(inbox.body()).select("#cases a[href='/cases/" + reference + "']")).hasSize(1);
		}
		assertThat(answeredBy).as("nginx spread the requests over both instances")
			.containsExactlyInAnyOrder("127.0.0.1:" + first, "127.0.0.1:" + second);
		assertThat(references).doesNotHaveDuplicates();
	}

	/** nginx in a folder of its own, round robin over the two instances, naming the one that answered. */
	static void startNginx(Path binary) throws Exception {
		try (ServerSocket free = new ServerSocket(0)) {
			proxy = free.getLocalPort();
		}
		nginxFolder = Files.createTempDirectory("nginx");
		Files.createDirectories(nginxFolder.resolve("logs"));
		String config = """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/logs/error.log;
				events { worker_connections 64; }
				http {
				    access_log %1$s/logs/access.log;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				    client_max_body_size 20m;
				    upstream samadhan { server 127.0.0.1:%2$d; server 127.0.0.1:%3$d; }
				    server {
				        listen 127.0.0.1:%4$d;
				        location / {
				            proxy_pass http://samadhan;
				            proxy_set_header Host $http_host;
				            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				            proxy_set_header X-Forwarded-Proto $scheme;
				            add_header X-Instance $upstream_addr always;
				        }
				    }
				}
				""".formatted(nginxFolder, first, second, proxy);
		Path conf = nginxFolder.resolve("nginx.conf");
		Files.writeString(conf, config);
		nginx = new ProcessBuilder(binary.toString(), "-p", nginxFolder.toString(), "-c", conf.toString())
			.redirectErrorStream(true)
			.redirectOutput(nginxFolder.resolve("logs/console.log").toFile())
			.start();
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < until) {
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", proxy)) {
				return;
			}
			catch (IOException notYet) {
				Thread.sleep(100);
			}
		}
		throw new IllegalStateException("nginx did not start: " + Files.readString(nginxFolder.resolve("logs/console.log")));
	}

	/** A browser's cookie jar, sending each request to the port asked for; redirects are read, not followed. */
	static final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> get(int port, String path) {
			return send(HttpRequest.newBuilder(uri(port, path)).header("Accept", "text/html").GET());
		}

		HttpResponse<String> post(int port, String path, Map<String, String> fields) {
			StringBuilder body = new StringBuilder();
			fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			return send(HttpRequest.newBuilder(uri(port, path))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
		}

		/** Signs in on the form (its page from the same port); answers where the form sent the browser. */
		String signIn(int port, String username, String password) {
			Document page = Jsoup.parse(get(port, "/login").body());
			HttpResponse<String> signedIn = post(port, "/login", Map.of("username", username, "password", password,
					"_csrf", page.select("form[action=/login] input[name=_csrf]").attr("value")));
			return signedIn.headers().firstValue("Location").orElse(String.valueOf(signedIn.statusCode()));
		}

		private static URI uri(int port, String path) {
			// one host name for every port: cookies are kept per host, as a browser behind one address would
			return URI.create("http://localhost:" + port + path);
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
}
