package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samadhan.support.Api;
import org.samadhan.support.Browser;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen on a small phone (360 px), in Hindi as the pages start: files a complaint, gets a
 * form back with what was wrong, follows the complaint with the code sent by SMS, and answers the
 * feedback link, then appeals. Screenshots of each page are saved under target/screenshots.
 */
@SamadhanTest
@Import(RecordingSmsGateway.Config.class)
class CitizenPagesBrowserTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	@LocalServerPort
	int port;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	Api api;

	@BeforeEach
	void connect() {
		api = Api.at(port);
	}

	@Test
	void aCitizenFilesAComplaintInHindiOnAPhoneAndSeesTheReferenceNumber() {
		String mobile = Story.freshMobile();
		try (Browser browser = Browser.phone(port)) {
			browser.go("/complaints/new");
			assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("hi");
			assertThat(browser.text("h1")).isEqualTo(hindi("page.file.title"));
			browser.type("#name", "सीता देवी")
				.type("#mobile", mobile)
				.choose("#categoryCode", "THEFT")
				.type("#description", "रात में मेरी बकरी चोरी हो गई।")
				.type("#incidentAddress", "ग्राम पटवाई, रामपुर")
				.choose("#districtCode", "RAMPUR");
			browser.await()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stationCode option[value='RAMPUR_KOTWALI']")));
			browser.choose("#stationCode", Story.STATION);
			assertThat(widthOfPage(browser)).as("nothing wider than the phone").isLessThanOrEqualTo(360);
			browser.screenshot("citizen-file-form").submit("button[type=submit]:not(.link)");

			assertThat(browser.currentPath()).isEqualTo("/complaints/new/receipt");
			String shown = browser.text("#reference");
			assertThat(shown).matches("\\d{4} \\d{4} \\d{4} \\d");
			assertThat(browser.text("#due-on")).as("the due date the deadline rules set").matches(".*\\d{4} तक.*");
			browser.screenshot("citizen-receipt");
			Map<String, Object> row = jdbc.sql("select status, complainant_mobile from complaint where reference = ?")
				.param(shown.replace(" ", ""))
				.query()
				.singleRow();
			assertThat(row.get("complainant_mobile")).isEqualTo(mobile);
			assertThat(row.get("status")).as("the portal's route, as for the API").isEqualTo("DISTRICT_INBOX");
		}
	}

	@Test
	void aWrongFormComesBackAsTypedAndSaysWhatIsWrongInHindi() {
		String mobile = "12345";
		try (Browser browser = Browser.phone(port)) {
			browser.go("/complaints/new")
				.type("#name", "सीता देवी")
				.type("#mobile", mobile)
				.type("#description", "रात में मेरी बकरी चोरी हो गई।")
				.submit("button[type=submit]:not(.link)");

			assertThat(browser.value("#name")).isEqualTo("सीता देवी");
			assertThat(browser.value("#description")).isEqualTo("रात में मेरी बकरी चोरी हो गई।");
			assertThat(browser.value("#mobile")).isEqualTo(mobile);
			assertThat(browser.text("#mobile-error")).isEqualTo(hindi("intake.mobile.invalid"));
			assertThat(browser.text("#categoryCode-error")).isEqualTo(hindi("intake.category.required"));
			assertThat(browser.text("#incidentAddress-error")).isEqualTo(hindi("intake.incident-address.required"));
			assertThat(browser.text("#districtCode-error")).isEqualTo(hindi("intake.district.required"));
			assertThat(browser.all("#name-error")).isEmpty();
			browser.screenshot("citizen-file-form-with-errors");
		}
	}

	@Test
	void aCitizenTracksTheComplaintWithTheCodeAndSeesItsTimeline() {
		String mobile = Story.freshMobile();
		String reference = expect(api.anonymous().post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
		try (Browser browser = Browser.phone(port)) {
			browser.go("/track").screenshot("citizen-track").type("#reference", reference).submit("main button[type=submit]");
			browser.screenshot("citizen-track-code");
			browser.type("#code", sms.lastCodeTo(mobile)).submit("main button[type=submit]");

			assertThat(browser.text("#status")).isEqualTo(hindi("status.DISTRICT_INBOX"));
			assertThat(browser.all("#timeline li")).extracting(li -> li.findElement(By.tagName("span")).getText())
				.containsExactly(hindi("citizen.step.REGISTER"), hindi("citizen.step.ROUTE_TO_DISTRICT"));
			browser.screenshot("citizen-tracked");
		}
	}

	@Test
	void aCitizenWhoReadTheComplaintSwitchesToEnglishAndIsStillOnIt() {
		String mobile = Story.freshMobile();
		String reference = expect(api.anonymous().post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
		try (Browser browser = Browser.phone(port)) {
			browser.go("/track").type("#reference", reference).submit("main button[type=submit]");
			browser.type("#code", sms.lastCodeTo(mobile)).submit("main button[type=submit]");
			assertThat(browser.currentPath()).isEqualTo("/track/" + reference);

			browser.submit("header a.lang");

			assertThat(browser.currentPath()).isEqualTo("/track/" + reference + "?lang=en");
			assertThat(browser.text("h1")).isEqualTo(english("page.tracked.title"));
			assertThat(browser.text("#status")).isEqualTo(english("status.DISTRICT_INBOX"));
			assertThat(browser.all("#timeline li")).hasSize(2);
			assertThat(widthOfPage(browser)).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
			browser.screenshot("citizen-tracked-switched-to-english");

			browser.submit("header a.lang");
			assertThat(browser.text("#status")).isEqualTo(hindi("status.DISTRICT_INBOX"));
		}
	}

	@Test
	void aCitizenAnswersTheFeedbackLinkOnceAndThenAppealsTheClosure() {
		Story story = new Story(api);
		String reference = story.reported("THEFT");
		expect(story.approve(reference, Story.SHO, "A"), 200);
		expect(story.approve(reference, Story.CO, "A"), 200);
		expect(story.approve(reference, Story.ASP, "A"), 200);
		assertThat(story.status(reference)).isEqualTo("FEEDBACK_PENDING");
		String mobile = jdbc.sql("select complainant_mobile from complaint where reference = ?")
			.param(reference)
			.query(String.class)
			.single();
		String link = linkCode(mobile);

		try (Browser browser = Browser.phone(port)) {
			browser.go("/feedback/" + link);
			assertThat(browser.text("#action-taken")).isEqualTo(hindi("feedback.outcome.MEDIATION"));
			browser.find("#satisfied-no").click();
			browser.screenshot("citizen-feedback").submit("main button[type=submit]");
			assertThat(browser.text("#reason-error")).isEqualTo(hindi("feedback.reason.required"));
			assertThat(story.status(reference)).isEqualTo("FEEDBACK_PENDING");

			browser.find("#satisfied-yes").click();
			browser.submit("main button[type=submit]");
			assertThat(browser.text("h1")).isEqualTo(hindi("page.feedback.thanks"));
			assertThat(story.status(reference)).isEqualTo("CLOSED");
			browser.screenshot("citizen-feedback-thanks");

			browser.go("/feedback/" + link);
			assertThat(browser.text("h1")).isEqualTo(hindi("page.feedback.gone.title"));
			browser.screenshot("citizen-feedback-link-used");

			browser.go("/track").type("#reference", reference).submit("main button[type=submit]");
			browser.type("#code", sms.lastCodeTo(mobile)).submit("main button[type=submit]");
			assertThat(browser.text("#status")).isEqualTo(hindi("status.CLOSED"));
			assertThat(browser.text("#action-taken")).isEqualTo(hindi("feedback.outcome.MEDIATION"));
			browser.submit("section.box button[type=submit]");
			browser.type("#reason", "मेड़ फिर तोड़ दी गई है।")
				.type("#code", sms.lastCodeTo(mobile))
				.screenshot("citizen-appeal")
				.submit("main button[type=submit]");
			assertThat(browser.text("h1")).isEqualTo(hindi("page.appealed.title"));
			assertThat(story.status(reference)).isEqualTo("APPEALED");
		}
	}

	/** The code of the feedback link the complainant's phone received (the outbox masks it once sent). */
	private String linkCode(String mobile) {
		Pattern pattern = Pattern.compile("/feedback/([A-Za-z0-9_-]{22})");
		String body = sms.textsTo(mobile).stream().filter(text -> pattern.matcher(text).find())
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no feedback link sent to " + mobile));
		Matcher link = pattern.matcher(body);
		link.find();
		return link.group(1);
	}

	private static long widthOfPage(Browser browser) {
		return ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
	}

	private String english(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}

	private String hindi(String key) {
		return messages.getMessage(key, null, HINDI);
	}
}
