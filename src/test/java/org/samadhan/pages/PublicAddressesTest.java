package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a visitor without an account meets at an address: a mistyped one is the public "page not
 * found" page in the visitor's language with the ways in (not the officers' sign-in form), an
 * officer's page still asks to sign in, the API still answers with problem bodies; and the icon and
 * the app manifest load for anyone, linked from every page, kept as long as the other static files.
 */
@SamadhanTest
class PublicAddressesTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aMistypedPublicAddressIsThePublicPageNotFoundInHindiWithTheWaysIn() {
		for (String path : List.of("/trak", "/file-complaint-x", "/complaints/new-x", "/no/such/place?x=1")) {
			HttpResponse<String> page = new PageClient(port).get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(page.headers().firstValue("Location")).as(path).isEmpty();
			Document html = Jsoup.parse(page.body());
			assertThat(html.select("html").attr("lang")).as(path).isEqualTo("hi");
			assertThat(html.select("h1").text()).as(path).isEqualTo(text("page.error.404.title", HINDI));
			assertWaysIn(html, HINDI);
			assertThat(html.select("input[type=password]")).as(path + ": not the sign-in form").isEmpty();
		}
	}

	@Test
	void aMistypedPublicAddressIsInEnglishOnceTheVisitorChoseEnglish() {
		HttpResponse<String> asked = new PageClient(port).get("/trak?lang=en");
		assertThat(asked.statusCode()).isEqualTo(404);
		Document html = Jsoup.parse(asked.body());
		assertThat(html.select("html").attr("lang")).isEqualTo("en");
		assertThat(html.select("h1").text()).isEqualTo("Page not found");
		assertWaysIn(html, Locale.ENGLISH);

		// chosen earlier on another page, remembered by the cookie as on every citizen page
		PageClient citizen = new PageClient(port);
		citizen.get("/track?lang=en");
		Document remembered = Jsoup.parse(citizen.get("/file-complaint-x").body());
		assertThat(remembered.select("html").attr("lang")).isEqualTo("en");
		assertThat(remembered.select("h1").text()).isEqualTo("Page not found");
	}

	@Test
	void aMistypedAddressOpensNoSessionForTheVisitor() {
		long before = sessions();
		for (int i = 0; i < 5; i++) {
			assertThat(new PageClient(port).get("/trak-" + i).statusCode()).isEqualTo(404);
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void anOfficersPageStillLeadsAVisitorToTheSignInForm() {
		for (String path : List.of("/home", "/cases/district-inbox", "/dashboard", "/operator/complaints/new")) {
			HttpResponse<String> page = new PageClient(port).get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(302);
			assertThat(page.headers().firstValue("Location")).as(path)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		}
		// and a signed-in officer's mistyped address is the same 404 page
		PageClient officer = new PageClient(port);
		officer.signIn("sho.kotwali", "demo-only");
		HttpResponse<String> mistyped = officer.get("/casez/district-inbox");
		assertThat(mistyped.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(mistyped.body()).select("h1").text()).isEqualTo(text("page.error.404.title", HINDI));
	}

	@Test
	void anUnknownApiAddressStillAnswersAProblemBody() throws Exception {
		HttpResponse<String> anonymous = api("/api/unknown", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertProblem(anonymous);

		HttpResponse<String> signed = api("/api/unknown", "sho.kotwali");
		assertThat(signed.statusCode()).isEqualTo(404);
		assertProblem(signed);

		HttpResponse<String> publicSide = api("/api/public/unknown", null);
		assertThat(publicSide.statusCode()).isEqualTo(404);
		assertProblem(publicSide);
	}

	@Test
	void theIconAndTheManifestLoadWithoutSignInAndEveryPageLinksThem() throws Exception {
		for (String path : List.of("/", "/complaints/new", "/track", "/login", "/trak")) {
			Document page = Jsoup.parse(new PageClient(port).get(path).body());
			String icon = page.select("link[rel=icon]").attr("href");
			String manifest = page.select("link[rel=manifest]").attr("href");
			assertThat(icon).as(path).matches("/static/favicon-[0-9a-f]{32}\\.svg");
			assertThat(manifest).as(path).matches("/static/manifest-[0-9a-f]{32}\\.webmanifest");
			assertThat(page.select("meta[name=theme-color]").attr("content")).as(path).isEqualTo(brandColour());
		}
		Document landing = Jsoup.parse(new PageClient(port).get("/").body());

		HttpResponse<byte[]> icon = bytes(landing.select("link[rel=icon]").attr("href"));
		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
		assertThat(icon.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=31536000"));
		assertThat(new String(icon.body(), StandardCharsets.UTF_8)).startsWith("<svg").contains(brandColour());

		HttpResponse<byte[]> manifest = bytes(landing.select("link[rel=manifest]").attr("href"));
		assertThat(manifest.statusCode()).isEqualTo(200);
		assertThat(manifest.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/manifest+json"));
		assertThat(manifest.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=31536000"));
		JsonNode app = JsonMapper.builder().build().readTree(manifest.body());
		assertThat(app.get("name").asString()).contains("समाधान").contains("Samadhan");
		assertThat(app.get("theme_color").asString()).isEqualTo(brandColour());
		assertThat(app.get("start_url").asString()).isEqualTo("/");
		assertThat(app.get("icons")).hasSizeGreaterThanOrEqualTo(2);
		URI manifestAddress = URI.create("http://127.0.0.1:" + port + landing.select("link[rel=manifest]").attr("href"));
		for (JsonNode entry : app.get("icons")) {
			URI address = manifestAddress.resolve(entry.get("src").asString());
			HttpResponse<byte[]> image = bytes(address.getPath());
			assertThat(image.statusCode()).as(address.toString()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Type")).as(address.toString())
				.hasValue(entry.get("type").asString());
		}

		HttpResponse<byte[]> ico = bytes("/favicon.ico");
		assertThat(ico.statusCode()).isEqualTo(200);
		assertThat(ico.headers().firstValue("Content-Type")).hasValue("image/x-icon");
		assertThat(ico.body()).startsWith(new byte[] { 0, 0, 1, 0 });
		assertThat(ico.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age="));
	}

	/** The colour of the page's bar, as the style sheet says it. */
	private static String brandColour() throws IOException {
		String css = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/static/css/samadhan.css"));
		java.util.regex.Matcher brand = java.util.regex.Pattern.compile("--brand:\\s*(#[0-9a-fA-F]{6})").matcher(css);
		assertThat(brand.find()).isTrue();
		return brand.group(1);
	}

	private void assertWaysIn(Document html, Locale locale) {
		assertThat(html.select("main a#to-file").attr("href")).isEqualTo("/complaints/new");
		assertThat(html.select("main a#to-file").text()).isEqualTo(text("page.landing.file", locale));
		assertThat(html.select("main a#to-track").attr("href")).isEqualTo("/track");
		assertThat(html.select("main a#to-track").text()).isEqualTo(text("page.landing.track", locale));
		assertThat(html.select("main a#to-front").attr("href")).isEqualTo("/");
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\"").doesNotContain("<html");
	}

	private HttpResponse<String> api(String path, String officer) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "application/json");
		if (officer != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((officer + ":demo-only").getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> bytes(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private long sessions() {
		return jdbc.sql("select count(*) from web_session").query(Long.class).single();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
