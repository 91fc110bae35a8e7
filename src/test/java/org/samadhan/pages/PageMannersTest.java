package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.springframework.session.Session;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.SamadhanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The manners every page keeps: light over the wire, a label on every input, errors without a
 * stack trace, a session that ends on sign-out and after inactivity, no form accepted without its
 * CSRF token, and Hindi until the visitor picks English (while the API follows Accept-Language).
 */
@SamadhanTest
@Import({ PageMannersTest.Failing.class, org.samadhan.web.DatabaseAwayEndpoints.class })
class PageMannersTest {

	/** The pages a person reaches without signing in, and the sign-in form. */
	private static final List<String> PUBLIC_PAGES = List.of("/", "/complaints/new", "/track", "/login",
			"/account/setup");

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.context.MessageSource messages;

	private static final java.util.Locale HINDI = java.util.Locale.forLanguageTag("hi");

	@Autowired
	org.springframework.session.jdbc.JdbcIndexedSessionRepository sessions;

	@Value("${server.servlet.session.timeout}")
	java.time.Duration sessionTimeout;

	Client browser;

	@BeforeEach
	void connect() {
		browser = new Client("http://127.0.0.1:" + port);
	}

	@Test
	void aPageWithoutImagesStaysUnder150KilobytesOverTheWire() throws IOException {
		HttpResponse<byte[]> page = browser.getGzipped("/complaints/new");
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		long total = page.body().length;
		Document html = Jsoup.parse(gunzip(page.body()), browser.base);
		List<String> loaded = new ArrayList<>();
		html.select("link[rel=stylesheet]").forEach(link -> loaded.add(link.attr("href")));
		html.select("script[src]").forEach(script -> loaded.add(script.attr("src")));
		assertThat(loaded).hasSize(2);
		for (String path : loaded) {
			HttpResponse<byte[]> asset = browser.getGzipped(path);
			assertThat(asset.statusCode()).as(path).isEqualTo(200);
			assertThat(asset.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
					cache -> assertThat(cache).contains("max-age=31536000"));
			total += asset.body().length;
		}
		assertThat(total).as("bytes of HTML, CSS and JavaScript over the wire").isLessThan(150 * 1024);
	}

	@Test
	void staticFilesCarryTheirContentHashAndAreKeptAYearWhileAPagesOwnLinksAreLeftAsWritten() throws IOException {
		Document page = Jsoup.parse(browser.signedIn("sp.rampur").get("/dashboard").body());
		String css = page.select("link[rel=stylesheet]").first().attr("href");
		assertThat(css).matches("/static/css/samadhan-[0-9a-f]{32}\\.css");
		HttpResponse<String> sheet = browser.get(css);
		assertThat(sheet.statusCode()).isEqualTo(200);
		assertThat(sheet.headers().firstValue("Cache-Control")).hasValueSatisfying(
				value -> assertThat(value).contains("max-age=31536000"));
		// Only /static is looked up as a file: every other link (a dashboard has hundreds) is written as
		// it is, not first searched for in the jar.
		assertThat(page.select("a[href^=/dashboard/cases]").eachAttr("href"))
			.isNotEmpty()
			.allSatisfy(href -> assertThat(href).doesNotMatch(".*-[0-9a-f]{32}.*"));
	}

	@Test
	void everyInputOnEveryPublicPageHasALabel() throws IOException {
		for (String path : PUBLIC_PAGES) {
			Document page = Jsoup.parse(browser.get(path).body());
			for (Element input : page.select("input, select, textarea")) {
				String type = input.attr("type");
				if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
					continue;
				}
				String id = input.id();
				assertThat(id).as(path + ": " + input).isNotEmpty();
				assertThat(page.select("label[for=" + id + "]")).as(path + ": label for " + id).hasSize(1);
			}
		}
	}

	@Test
	void anErrorPageSaysWhatWentWrongInHindiWithoutAStackTrace() throws IOException {
		HttpResponse<String> failed = browser.signedIn("sho.kotwali").get("/failing-page-for-test");
		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(failed.body()).contains("कुछ गड़बड़ हुई")
			.doesNotContain("IllegalStateException")
			.doesNotContain("secret detail")
			.doesNotContain("at org.");

		HttpResponse<String> missing = browser.get("/track/no/such/page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("पृष्ठ नहीं मिला");
	}

	@Test
	void theApiStillAnswersWithProblemBodies() throws IOException {
		HttpResponse<String> missing = browser.api("/api/public/complaints/2663760024404x/code", "en");
		assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(missing.body()).contains("\"code\"");
	}

	@Test
	void signingOutEndsTheSession() throws IOException {
		Client officer = browser.signedIn("sho.kotwali");
		assertThat(officer.get("/home").statusCode()).isEqualTo(200);
		String token = csrfToken(officer.get("/home").body());

		HttpResponse<String> out = officer.post("/logout", "_csrf=" + token);
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?signed-out"));
		officer.restoreSession();
		HttpResponse<String> after = officer.get("/home");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void aSessionEndsAfterTheConfiguredInactivity() throws IOException {
		Client officer = browser.signedIn("sho.kotwali");
		// the session as the database keeps it (Spring Session; the cookie carries its id in Base64)
		String id = new String(java.util.Base64.getDecoder().decode(officer.sessionId()), StandardCharsets.US_ASCII);
		assertThat(idle(sessions, id, sessionTimeout.plusSeconds(1))).isEqualTo(sessionTimeout)
			.isEqualTo(java.time.Duration.ofMinutes(30));
		HttpResponse<String> after = officer.get("/home");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws IOException {
		browser.get("/complaints/new");
		String mobile = org.samadhan.support.Story.freshMobile();
		HttpResponse<String> refused = browser.post("/complaints/new",
				"name=x&mobile=" + mobile + "&categoryCode=THEFT&description=d&incidentAddress=a&districtCode=RAMPUR");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(refused.body()).select("h1").text()).isEqualTo("अनुमति नहीं");
		assertThat(jdbc.sql("select count(*) from complaint where complainant_mobile = ?")
			.param(mobile)
			.query(Long.class)
			.single()).isZero();
		assertThat(browser.post("/login", "username=sho.kotwali&password=demo-only").statusCode()).isEqualTo(403);
		assertThat(browser.post("/track/code", "reference=2663760024404").statusCode()).isEqualTo(403);
	}

	@Test
	void everyPageSaysWhatItMayLoadAndTellAndUse() throws IOException {
		for (String path : List.of("/", "/complaints/new", "/login")) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "style-src 'self'",
						"frame-ancestors 'none'", "object-src 'none'"));
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
			assertThat(page.headers().firstValue("Permissions-Policy")).as(path)
				.hasValueSatisfying(policy -> assertThat(policy).contains("geolocation=(self)", "microphone=()"));
			// No page runs a script written into it: scripts are files (a JSON block is data).
			assertThat(Jsoup.parse(page.body()).select("script:not([src]):not([type=application/json])")).as(path)
				.isEmpty();
		}
	}

	@Test
	void theCitizensFormSentTwiceAfterALostAnswerFilesOneComplaint() throws IOException {
		Document form = Jsoup.parse(browser.get("/complaints/new").body());
		String token = form.select("input[name=_csrf]").attr("value");
		String key = form.select("input[name=idempotencyKey]").attr("value");
		assertThat(key).as("the form carries its own key").isNotBlank();
		String mobile = org.samadhan.support.Story.freshMobile();
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("_csrf", token);
		fields.put("idempotencyKey", key);
		fields.putAll(org.samadhan.support.Story.filingForm(mobile));
		byte[] none = new byte[0];
		// The first answer is lost (the phone's network dropped); the citizen presses submit again.
		HttpResponse<String> first = browser.postFile("/complaints/new", fields, "files", "", none);
		HttpResponse<String> again = browser.postFile("/complaints/new", fields, "files", "", none);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from complaint where complainant_mobile = ?").param(mobile)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theCitizensFormTakesANulALongHindiFileNameAndAMislabelledFile() throws IOException {
		Document form = Jsoup.parse(browser.get("/complaints/new").body());
		String mobile = org.samadhan.support.Story.freshMobile();
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("_csrf", form.select("input[name=_csrf]").attr("value"));
		fields.put("idempotencyKey", form.select("input[name=idempotencyKey]").attr("value"));
		fields.putAll(org.samadhan.support.Story.filingForm(mobile));
		fields.put("name", "सीता\u0000 देवी");
		fields.put("description", "मेरी\u0000 बकरी चोरी हो गई");
		String longName = "थाना कोतवाली में दर्ज प्रार्थना पत्र ".repeat(9) + ".html";
		assertThat(longName.length()).isGreaterThan(300);
		byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
			.getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> filed = browser.postFile("/complaints/new", fields, "files", longName, pdf);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
		java.util.Map<String, Object> stored = jdbc.sql("""
				select c.description, c.complainant_name, a.original_name from complaint c
				join attachment a on a.complaint_id = c.id where c.complainant_mobile = ?""")
			.param(mobile)
			.query()
			.singleRow();
		assertThat(stored.get("description")).isEqualTo("मेरी बकरी चोरी हो गई");
		assertThat(stored.get("complainant_name")).isEqualTo("सीता देवी");
		assertThat((String) stored.get("original_name")).startsWith("थाना कोतवाली").endsWith(".pdf");
	}

	@Test
	void aFileStoreAwayIsA503WithRetryAfterInTheCallersLanguage() throws IOException {
		HttpResponse<String> api = browser.api("/api/public/storage-away-for-test", "hi");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(api.body()).contains(messages.getMessage("request.storage-away", null, HINDI))
			.contains("request.storage-away");
	}

	@Test
	void aDatabaseAwayIsA503WithRetryAfterInTheCallersLanguageNeverA500() throws IOException {
		HttpResponse<String> api = browser.api("/api/public/database-away-for-test", "hi");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(api.body()).contains(messages.getMessage("request.database-away", null, HINDI))
			.doesNotContain("Hikari");
		HttpResponse<String> page = browser.signedIn("sho.kotwali").get("/database-away-for-test");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(Jsoup.parse(page.body()).text()).contains(messages.getMessage("page.error.503.title", null, HINDI));
	}

	@Test
	void aMistypedAddressParameterIsABadRequestPageNotAFailure() throws IOException {
		Client officer = browser.signedIn("sho.kotwali");
		for (String path : List.of("/cases/mine?page=abc", "/cases/station-inbox?page=99999999999",
				"/admin/changes?page=x")) {
			HttpResponse<String> page = officer.get(path);
			assertThat(page.statusCode()).as(path).isBetween(400, 499);
		}
	}

	@Test
	void aSessionCookieWithAnAuthorizationHeaderStillNeedsTheCsrfToken() throws IOException {
		Client officer = browser.signedIn("sho.kotwali");
		HttpResponse<String> forged = officer.withBasic("/api/me/password", "sho.kotwali", "demo-only");
		assertThat(forged.statusCode()).as(forged.body()).isEqualTo(403);
		// Without a session, a call that signs itself needs no token: it is told what is missing.
		HttpResponse<String> signed = new Client(browser.base).withBasic("/api/me/password", "sho.kotwali", "demo-only");
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(400);
	}

	@Test
	void pagesAreInHindiUntilEnglishIsChosenAndTheChoiceIsRemembered() throws IOException {
		assertThat(lang(browser.get("/track"))).isEqualTo("hi");
		HttpResponse<String> english = browser.get("/track?lang=en");
		assertThat(lang(english)).isEqualTo("en");
		assertThat(english.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("samadhan-lang=en"));
		assertThat(lang(browser.get("/complaints/new"))).isEqualTo("en");
		assertThat(lang(browser.get("/?lang=hi"))).isEqualTo("hi");
		assertThat(lang(browser.get("/track"))).isEqualTo("hi");

		Client another = new Client(browser.base);
		assertThat(lang(another.get("/track?lang=fr"))).as("an unknown language is Hindi").isEqualTo("hi");
		another.get("/track?lang=en");
		assertThat(another.api("/api/public/complaints/123/code", "hi").body()).as("the API follows Accept-Language")
			.contains("सन्दर्भ संख्या");
	}

	/** Leaves the session idle this long (as time would); answers its inactivity limit. */
	private static <S extends Session> java.time.Duration idle(org.springframework.session.SessionRepository<S> sessions,
			String id, java.time.Duration idle) {
		S session = sessions.findById(id);
		session.setLastAccessedTime(java.time.Instant.now().minus(idle));
		sessions.save(session);
		return session.getMaxInactiveInterval();
	}

	private static String lang(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select("html").attr("lang");
	}

	static String csrfToken(String html) {
		return Jsoup.parse(html).select("input[name=_csrf]").first().attr("value");
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** A browser's way of talking: cookies kept, HTML asked for, redirects not followed. */
	static final class Client {

		final String base;

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http;

		private String savedSession;

		Client(String base) {
			this.base = base;
			this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
		}

		HttpResponse<String> get(String path) throws IOException {
			return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
		}

		/** The body as sent, byte for byte: a file downloaded. */
		HttpResponse<byte[]> getBytes(String path) throws IOException {
			return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
		}

		HttpResponse<byte[]> getGzipped(String path) throws IOException {
			return send(request(path).header("Accept-Encoding", "gzip").GET(), HttpResponse.BodyHandlers.ofByteArray());
		}

		HttpResponse<String> post(String path, String form) throws IOException {
			savedSession = sessionId();
			return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
		}

		/** A form with one file, as a browser sends {@code enctype="multipart/form-data"}. */
		HttpResponse<String> postFile(String path, java.util.Map<String, String> fields, String fileField,
				String fileName, byte[] content) throws IOException {
			String boundary = "----samadhan" + System.nanoTime();
			java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
			for (java.util.Map.Entry<String, String> field : fields.entrySet()) {
				body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> api(String path, String language) throws IOException {
			return send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Accept-Language", language)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}")), HttpResponse.BodyHandlers.ofString());
		}

		/** Signs in on the form, as an officer does in a browser. */
		Client signedIn(String username) throws IOException {
			String token = csrfToken(get("/login").body());
			HttpResponse<String> in = post("/login", "_csrf=" + token + "&username=" + username + "&password=demo-only");
			assertThat(in.statusCode()).as(in.body()).isEqualTo(302);
			assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/home"));
			return this;
		}

		String sessionId() {
			return cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals("JSESSIONID"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		/** Puts back the session cookie the server told the browser to forget: a copy an attacker kept. */
		void restoreSession() {
			HttpCookie cookie = new HttpCookie("JSESSIONID", savedSession);
			cookie.setPath("/");
			cookie.setVersion(0);
			cookies.getCookieStore().add(URI.create(base), cookie);
		}

		/** A JSON POST with HTTP Basic as well as whatever session cookie this client holds. */
		HttpResponse<String> withBasic(String path, String username, String password) throws IOException {
			String basic = java.util.Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
			return send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}")), HttpResponse.BodyHandlers.ofString());
		}

		private HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8");
		}

		private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
				throws IOException {
			try {
				return http.send(request.build(), body);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}
	}

	/** A page that fails unexpectedly, to see what the visitor is shown. */
	@TestConfiguration(proxyBeanMethods = false)
	@Import(Failing.Page.class)
	static class Failing {

		@Controller
		static class Page {

			@GetMapping("/failing-page-for-test")
			String fail() {
				throw new IllegalStateException("secret detail");
			}

			@GetMapping("/database-away-for-test")
			String databaseAway() {
				throw new org.springframework.jdbc.CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
			}
		}
	}
}
