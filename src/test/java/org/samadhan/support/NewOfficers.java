package org.samadhan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Officers a test makes for itself through the administrators' API, as {@code admin.rampur} does:
 * on PostgreSQL the whole suite shares one database and one set of demo officers, so a test that
 * locks or resets an account uses one of its own. The one-time setup comes from the outbox, where
 * the demo records the SMS it would send.
 */
public final class NewOfficers {

	private static final Pattern LINK = Pattern.compile("/account/setup/([A-Za-z0-9_-]{22})");

	private static final Pattern CODE = Pattern.compile("\\b(\\d{8})\\b");

	private NewOfficers() {
	}

	/** An officer just created, with the one-time setup their SMS carries. */
	public record Created(long id, String username, String mobile, String token, String code, String sms) {
	}

	/** A new IO at Kotwali's halka 1, created by {@code admin.rampur}, with no password yet. */
	public static Created create(Api api) {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String username = "io.test." + Long.toString(random.nextLong(1L << 40), 36);
		String mobile = "7" + String.format("%09d", random.nextInt(1_000_000_000));
		Api.Response created = api.as("admin.rampur")
			.post("/api/admin/officers",
					Map.of("username", username, "nameEn", "Test Officer", "nameHi", "परीक्षण अधिकारी", "rank",
							"Sub-Inspector", "mobile", mobile, "posting",
							Map.of("unitCode", "RAMPUR_KOTWALI_HALKA_1", "roles", List.of("IO"), "from",
									LocalDate.now(ZoneId.of("Asia/Kolkata")).toString())));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		return withSetup(api, id, username, mobile);
	}

	/** The latest setup SMS to this officer's mobile. */
	public static Created withSetup(Api api, long id, String username, String mobile) {
		String sms = latestSetupSms(api, mobile);
		Matcher link = LINK.matcher(sms);
		Matcher code = CODE.matcher(sms);
		assertThat(link.find()).as(sms).isTrue();
		assertThat(code.find()).as(sms).isTrue();
		return new Created(id, username, mobile, link.group(1), code.group(1), sms);
	}

	public static String latestSetupSms(Api api, String mobile) {
		Api.Response outbox = api.as("admin.rampur").get("/api/admin/outbox?recipient=" + mobile);
		assertThat(outbox.status()).as(outbox.text()).isEqualTo(200);
		for (JsonNode message : outbox.json().get("items")) {
			if ("account-setup".equals(message.get("template").asString())) {
				return message.get("body").asString();
			}
		}
		throw new AssertionError("no setup SMS to " + mobile + ": " + outbox.text());
	}

	/** Sets the officer's password with the link, as they would on the page. */
	public static void setPassword(PageClient browser, Created officer, String password) {
		var response = browser.submit("/account/setup/" + officer.token(), "/account/setup/" + officer.token(),
				Map.of("password", password, "confirmation", password));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?password-set"));
	}
}
