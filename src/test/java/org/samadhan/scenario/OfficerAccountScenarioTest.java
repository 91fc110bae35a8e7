package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.NewOfficers;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * An officer's account from creation on: no password until the officer chooses one with the
 * one-time link or code of the SMS (which carries no password); the link works once and expires;
 * the officer changes their password; an administrator forces a reset, which stops the old
 * password at once. Password rules refuse in Hindi and English, naming each broken rule.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
class OfficerAccountScenarioTest {

	static final String PASSWORD = "tractor monsoon ladder 42";

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewOfficerSignsInOnlyAfterChoosingAPasswordWithTheLinkOfTheirSms() {
		NewOfficers.Created officer = NewOfficers.create(Api.at(port));
		assertThat(officer.sms()).contains(officer.username(), "/account/setup/" + officer.token(), officer.code());
		assertThat(Api.at(port).as(officer.username(), "demo-only").get("/api/me").status()).isEqualTo(401);
		assertThat(Api.at(port).as(officer.username(), "!unset").get("/api/me").status()).isEqualTo(401);
		assertThat(storedHash(officer.id())).isEqualTo("!unset");

		PageClient browser = new PageClient(port);
		browser.get("/login?lang=en");
		Document page = browser.page("/account/setup/" + officer.token());
		assertThat(page.select("main").text()).contains(officer.username());
		assertThat(page.select("label[for=password]")).isNotEmpty();
		assertThat(page.select("label[for=confirmation]")).isNotEmpty();
		// Two different entries, then a password the rules refuse: nothing is used up.
		HttpResponse<String> typo = browser.submit("/account/setup/" + officer.token(),
				"/account/setup/" + officer.token(), Map.of("password", PASSWORD, "confirmation", PASSWORD + "x"));
		assertThat(Jsoup.parse(typo.body()).select("#confirmation-error").text()).contains("differ");
		HttpResponse<String> weak = browser.submit("/account/setup/" + officer.token(),
				"/account/setup/" + officer.token(), Map.of("password", "Password@123", "confirmation", "Password@123"));
		assertThat(Jsoup.parse(weak.body()).select("#password-error").text()).contains("common password");

		NewOfficers.setPassword(browser, officer, PASSWORD);
		assertThat(Api.at(port).as(officer.username(), PASSWORD).get("/api/me").status()).isEqualTo(200);
		assertThat(browser.signIn(officer.username(), PASSWORD)).endsWith("/home");

		// The link worked once.
		PageClient other = new PageClient(port);
		other.get("/login?lang=en");
		assertThat(other.page("/account/setup/" + officer.token()).select("main").text())
			.contains("This link or code does not work");

		// The record says who was sent what and who set a password, never the link or the code.
		Api.Response record = Api.at(port).as("admin.rampur").get("/api/admin/changes?officer=" + officer.id());
		assertThat(record.json().findValuesAsString("action")).contains("OFFICER_CREATED", "ACCOUNT_SETUP_ISSUED",
				"PASSWORD_SET");
		assertThat(record.text()).doesNotContain(officer.token(), officer.code(), PASSWORD);
	}

	@Test
	void theCodeWithTheUsernameSetsThePasswordAndFiveWrongCodesBurnIt() {
		NewOfficers.Created officer = NewOfficers.create(Api.at(port));
		PageClient browser = new PageClient(port);
		browser.get("/login?lang=en");
		String wrongCode = officer.code().equals("12345678") ? "87654321" : "12345678";
		for (int i = 0; i < 5; i++) {
			clock.advance(Duration.ofMinutes(2));
			HttpResponse<String> wrong = setWithCode(browser, officer.username(), wrongCode);
			assertThat(Jsoup.parse(wrong.body()).select("#code-error").text()).contains("does not work");
		}
		clock.advance(Duration.ofMinutes(2));
		HttpResponse<String> burnt = setWithCode(browser, officer.username(), officer.code());
		assertThat(burnt.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(burnt.body()).select("#code-error").text()).contains("does not work");

		// A forced reset sends a new setup; its code works with the username.
		assertThat(Api.at(port).as("admin.rampur").post("/api/admin/officers/" + officer.id() + "/password-reset", "")
			.status()).isEqualTo(200);
		NewOfficers.Created again = NewOfficers.withSetup(Api.at(port), officer.id(), officer.username(),
				officer.mobile());
		clock.advance(Duration.ofMinutes(2));
		HttpResponse<String> set = setWithCode(browser, officer.username(), again.code());
		assertThat(set.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?password-set"));
		assertThat(Api.at(port).as(officer.username(), PASSWORD).get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void aLinkExpiresAndANewerOneSupersedesIt() {
		NewOfficers.Created officer = NewOfficers.create(Api.at(port));
		Api admin = Api.at(port).as("admin.rampur");
		JsonNode state = admin.get("/api/admin/officers/" + officer.id() + "/account").json();
		assertThat(state.get("passwordSet").asBoolean()).isFalse();
		assertThat(state.get("setupExpiresAt").isNull()).isFalse();
		clock.advance(Duration.ofHours(72).plusMinutes(1));
		PageClient browser = new PageClient(port);
		browser.get("/login?lang=en");
		assertThat(browser.page("/account/setup/" + officer.token()).select("main").text())
			.contains("This link or code does not work");

		admin.post("/api/admin/officers/" + officer.id() + "/password-reset", "");
		NewOfficers.Created first = NewOfficers.withSetup(Api.at(port), officer.id(), officer.username(),
				officer.mobile());
		admin.post("/api/admin/officers/" + officer.id() + "/password-reset", "");
		NewOfficers.Created second = NewOfficers.withSetup(Api.at(port), officer.id(), officer.username(),
				officer.mobile());
		assertThat(second.token()).isNotEqualTo(first.token());
		assertThat(browser.page("/account/setup/" + first.token()).select("main").text())
			.contains("This link or code does not work");
		NewOfficers.setPassword(browser, second, PASSWORD);
	}

	@Test
	void aForcedResetStopsTheOldPasswordAtOnceAndEndsTheOfficersSessions() {
		NewOfficers.Created officer = NewOfficers.create(Api.at(port));
		NewOfficers.setPassword(new PageClient(port), officer, PASSWORD);
		Api signed = Api.at(port).as(officer.username(), PASSWORD);
		assertThat(signed.get("/api/me").status()).isEqualTo(200);
		PageClient browser = new PageClient(port);
		assertThat(browser.signIn(officer.username(), PASSWORD)).endsWith("/home");
		assertThat(browser.get("/home").statusCode()).isEqualTo(200);

		Api.Response reset = Api.at(port).as("admin.rampur")
			.post("/api/admin/officers/" + officer.id() + "/password-reset", "");
		assertThat(reset.status()).as(reset.text()).isEqualTo(200);
		assertThat(reset.json().get("passwordSet").asBoolean()).isFalse();

		// Remembered as verified a moment ago, and yet refused: the password it was checked against is gone.
		assertThat(signed.get("/api/me").status()).isEqualTo(401);
		HttpResponse<String> home = browser.get("/home");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(StoredRecord.actions(Api.at(port), officer.id())).contains("PASSWORD_RESET_FORCED");

		NewOfficers.Created again = NewOfficers.withSetup(Api.at(port), officer.id(), officer.username(),
				officer.mobile());
		assertThat(again.token()).isNotEqualTo(officer.token());
		NewOfficers.setPassword(new PageClient(port), again, "kitchen river 7 lamps");
		assertThat(Api.at(port).as(officer.username(), "kitchen river 7 lamps").get("/api/me").status()).isEqualTo(200);
		assertThat(Api.at(port).as(officer.username(), PASSWORD).get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void anOfficerChangesTheirOwnPasswordAndRefusalsNameEachBrokenRuleInEitherLanguage() {
		NewOfficers.Created officer = NewOfficers.create(Api.at(port));
		NewOfficers.setPassword(new PageClient(port), officer, PASSWORD);
		Api api = Api.at(port).as(officer.username(), PASSWORD);

		Api.Response wrongCurrent = api.post("/api/me/password",
				Map.of("currentPassword", "not it", "newPassword", "kitchen river 7 lamps"));
		assertThat(wrongCurrent.status()).isEqualTo(400);
		assertThat(wrongCurrent.field("code")).isEqualTo("password.current.wrong");

		Api.Response english = api.post("/api/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "abc12"));
		assertThat(english.status()).isEqualTo(422);
		assertThat(english.field("code")).isEqualTo("password.refused");
		assertThat(english.json().get("reasons").findValuesAsString("code")).containsExactly("too-short", "common");
		assertThat(english.json().get("reasons").findValuesAsString("message")).containsExactly(
				"It must have at least 10 characters. A few words together are easy to remember and hard to guess.",
				"It is a common password, or easily guessed from one (a word from the lists guessers use, a keyboard row, a run of digits).");
		Api.Response personal = api.post("/api/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", officer.username() + "!"));
		assertThat(personal.json().get("reasons").findValuesAsString("message"))
			.containsExactly("It contains your user name, your mobile number or your name.");
		Api.Response hindi = api.inHindi().post("/api/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "qwertyuiop"));
		assertThat(hindi.status()).isEqualTo(422);
		assertThat(hindi.field("detail")).isEqualTo("यह पासवर्ड नहीं लिया जा सकता।");
		assertThat(hindi.json().get("reasons").findValuesAsString("message")).containsExactly(
				"यह आम पासवर्ड है, या किसी आम पासवर्ड से आसानी से अनुमान लगने वाला (अनुमान लगाने वालों की सूचियों का शब्द, कीबोर्ड की पंक्ति, अंकों का क्रम)।");
		Api.Response demo = api.post("/api/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "demo-only"));
		assertThat(demo.json().get("reasons").findValuesAsString("code")).containsExactly("too-short", "demo");

		Api.Response changed = api.post("/api/me/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "kitchen river 7 lamps"));
		assertThat(changed.status()).as(changed.text()).isEqualTo(204);
		assertThat(api.get("/api/me").status()).isEqualTo(401);
		Api renewed = Api.at(port).as(officer.username(), "kitchen river 7 lamps");
		assertThat(renewed.get("/api/me").status()).isEqualTo(200);

		// The page: linked from home, and after the change the officer signs in again.
		PageClient browser = new PageClient(port);
		assertThat(browser.signIn(officer.username(), "kitchen river 7 lamps")).endsWith("/home");
		assertThat(browser.page("/home").select("a[href=/account/password]")).isNotEmpty();
		HttpResponse<String> page = browser.submit("/account/password", "/account/password",
				Map.of("currentPassword", "kitchen river 7 lamps", "password", "seven blue herons fly",
						"confirmation", "seven blue herons fly"));
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?password-changed"));
		assertThat(browser.get("/home").statusCode()).isEqualTo(302);
		assertThat(browser.signIn(officer.username(), "seven blue herons fly")).contains("/home");
		assertThat(StoredRecord.actions(Api.at(port), officer.id())).contains("PASSWORD_CHANGED");
	}

	@Test
	void anAdministratorOfAnotherDistrictCannotResetThisOfficer() {
		NewOfficers.Created officer = NewOfficers.create(Api.at(port));
		assertThat(Api.at(port).as("sho.kotwali").post("/api/admin/officers/" + officer.id() + "/password-reset", "")
			.status()).isEqualTo(403);
		assertThat(Api.at(port).as("admin.up").get("/api/admin/officers/" + officer.id() + "/account").status())
			.isEqualTo(200);
	}

	private HttpResponse<String> setWithCode(PageClient browser, String username, String code) {
		return browser.submit("/account/setup", "/account/setup",
				Map.of("username", username, "code", code, "password", PASSWORD, "confirmation", PASSWORD));
	}

	private String storedHash(long officerId) {
		return jdbc.sql("select password_hash from jurisdiction_officer where id = ?").param(officerId)
			.query(String.class)
			.single();
	}

	/** The record of administration about one officer, as admin.rampur reads it. */
	static final class StoredRecord {

		static List<String> actions(Api api, long officerId) {
			return api.as("admin.rampur").get("/api/admin/changes?officer=" + officerId).json()
				.findValuesAsString("action");
		}
	}
}
