package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samadhan.support.Browser;
import org.samadhan.support.SitePhotos;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One complaint through every role's pages, in Hindi, in one browser the size of a phone, signing
 * in and out between roles: a citizen files it; the IGRS cell marks it to Kotwali; the SHO assigns
 * it; the investigating officer logs a contact, a site visit (the position from the browser's
 * geolocation, which Chrome DevTools answers with a fixed point, and a photo chosen in the file
 * input) and statements, is told exactly what the report still lacks, and files it; the SHO
 * returns it once, then the SHO, CO and ASP approve (the detector flags a report filed minutes
 * after assignment, so each gives the reason); the citizen tracks it and answers dissatisfied by
 * the feedback link; the CO gives it to a different officer, who enquires again; after the second
 * disposal the feedback desk calls and the complainant is satisfied. Screenshots of each page go
 * to target/screenshots.
 */
@SamadhanTest
@Import(RecordingSmsGateway.Config.class)
class OfficerPagesBrowserTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	/** The visit is logged about 15 m from where the story's incident took place (no coordinates: portal filing). */
	private static final double VISIT_LAT = 28.8101;

	private static final double VISIT_LON = 79.0302;

	@LocalServerPort
	int port;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void oneComplaintWalksThroughEveryRolesPagesFromFilingToASatisfiedComplainant() throws IOException {
		String mobile = Story.freshMobile();
		Path photo = Files.createTempFile("spot", ".jpg");
		SitePhotos.writeSpecked(photo, new java.awt.Color(90, 140, 60));
		try (Browser browser = Browser.phone(port)) {
			// A citizen files in Hindi.
			browser.go("/complaints/new")
				.type("#name", "कमला देवी")
				.type("#mobile", mobile)
				.choose("#categoryCode", "LAND_DISPUTE")
				.type("#description", "पड़ोसी ने खेत की मेड़ काट दी और रास्ता रोक दिया। संख्या " + mobile + "।")
				.type("#incidentAddress", "ग्राम धनेली, रामपुर")
				.choose("#districtCode", "RAMPUR")
				.submit("main button[type=submit]");
			String reference = browser.text("#reference").replace(" ", "");
			assertThat(status(reference)).isEqualTo("DISTRICT_INBOX");

			// The IGRS cell finds it in the district inbox and marks it to Kotwali.
			signIn(browser, Story.CELL);
			browser.screenshot("officer-home-cell");
			// The inbox holds every test's complaints on a shared database: the cell finds this one by
			// the caller's mobile, as it would when the complainant phones.
			browser.go("/cases/district-inbox?text=" + mobile);
			assertThat(browser.all("#cases a[href='/cases/" + reference + "']")).hasSize(1);
			browser.screenshot("officer-district-inbox");
			browser.go("/cases/" + reference).choose("#mark-station", Story.STATION);
			browser.screenshot("officer-case-mark").submit("#mark button[type=submit]");
			assertThat(browser.text("#notice")).isEqualTo(hindi("page.case.done.marked"));
			assertThat(status(reference)).isEqualTo("STATION_INBOX");
			signOut(browser);

			// The SHO assigns it to an investigating officer of the station.
			signIn(browser, Story.SHO);
			browser.go("/cases/station-inbox");
			assertThat(browser.all("#cases a[href='/cases/" + reference + "']")).hasSize(1);
			browser.screenshot("officer-station-inbox");
			browser.go("/cases/" + reference).choose("#assign-officer", String.valueOf(officerId(Story.IO)))
				.type("#assign-note", "तुरंत मौके पर जाएं।")
				.submit("#assign button[type=submit]");
			assertThat(status(reference)).isEqualTo("ASSIGNED");
			signOut(browser);

			// The investigating officer works the case: a report too early is refused, naming what is missing.
			signIn(browser, Story.IO);
			// Newest first: on PostgreSQL the suite's other complaints of this IO share the list.
			browser.go("/cases/mine?sort=NEWEST");
			assertThat(browser.all("#cases a[href='/cases/" + reference + "']")).hasSize(1);
			browser.screenshot("officer-my-cases");
			browser.go("/cases/" + reference).submit("#open-enquiry");
			browser.choose("#contact-mode", "CALL").choose("#contact-outcome", "REACHED")
				.type("#contact-note", "शिकायतकर्ता से फोन पर बात हुई।")
				.submit("#contact button[type=submit]");
			assertThat(browser.text("#notice")).isEqualTo(hindi("page.enquiry.done.contact"));
			browser.type("#report-findings", "जाँच अधूरी।").choose("#report-action", "MEDIATION")
				.submit("#report button[type=submit]");
			assertThat(browser.text("#report-refused")).contains(hindi("report.missing.site-visit"),
					hindi("report.missing.complainant-statement"), hindi("report.missing.opposite-party-statement"))
				.doesNotContain(hindi("report.missing.contact"));
			assertThat(browser.value("#report-findings")).as("the refused form comes back as typed").isEqualTo("जाँच अधूरी।");
			browser.screenshot("officer-report-refused");
			recordVisitAndStatements(browser, photo);
			browser.screenshot("officer-enquiry");
			fileReport(browser, "मौके पर दोनों पक्षों को सुना; मेड़ फिर से बनवाई गई।");
			assertThat(status(reference)).isEqualTo("REPORT_SUBMITTED");
			signOut(browser);

			// The SHO reviews: sees the flags, the photo and the visit drawn; returns it once.
			signIn(browser, Story.SHO);
			browser.go("/cases/reviews");
			assertThat(browser.all("#cases a[href='/cases/" + reference + "']")).hasSize(1);
			browser.go("/cases/" + reference + "/review");
			assertThat(browser.all("#flags li[data-code='FILED_TOO_FAST']")).hasSize(1);
			assertThat(browser.all("#photos img")).hasSize(1);
			browser.await().until(d -> Boolean.TRUE.equals(browser.script("return document.querySelector('#photos img').complete")));
			assertThat(((Number) browser.script("return document.querySelector('#photos img').naturalWidth")).intValue())
				.as("the photo, decoded from the page's own address").isEqualTo(64);
			assertThat(browser.all("svg.plot circle")).hasSize(1);
			browser.screenshot("officer-review");
			browser.find("#return-grade-C").click();
			browser.type("#return-reason", "विपक्षी के गवाह का बयान भी लें।").submit("#return button[type=submit]");
			assertThat(status(reference)).isEqualTo("RETURNED");
			signOut(browser);

			// The officer does more work and files again.
			signIn(browser, Story.IO);
			browser.go("/cases/" + reference + "/enquiry");
			browser.choose("#statement-party", "WITNESS").type("#statement-name", "रामू")
				.type("#statement-text", "मैंने मेड़ कटते देखी।")
				.submit("#statement button[type=submit]");
			fileReport(browser, "गवाह के बयान सहित जाँच पूरी; मेड़ फिर से बनवाई गई।");
			signOut(browser);

			// SHO, CO and ASP approve; a flagged report is approved only with a written reason.
			approve(browser, Story.SHO, reference, true);
			approve(browser, Story.CO, reference, false);
			approve(browser, Story.ASP, reference, false);
			assertThat(status(reference)).isEqualTo("FEEDBACK_PENDING");

			// The citizen tracks it and answers dissatisfied by the feedback link.
			browser.go("/track").type("#reference", reference).submit("main button[type=submit]");
			browser.type("#code", sms.lastCodeTo(mobile)).submit("main button[type=submit]");
			assertThat(browser.text("#status")).isEqualTo(hindi("status.FEEDBACK_PENDING"));
			browser.go("/feedback/" + linkCode(mobile));
			browser.find("#satisfied-no").click();
			browser.type("#reason", "मेड़ फिर से काट दी गई है।").submit("main button[type=submit]");
			assertThat(status(reference)).isEqualTo("REOPENED");

			// The CO gives it to a different officer.
			signIn(browser, Story.CO);
			browser.go("/cases/reopened");
			assertThat(browser.all("#cases a[href='/cases/" + reference + "']")).hasSize(1);
			browser.go("/cases/" + reference);
			assertThat(browser.all("#reassign-officer option[value='" + officerId(Story.IO) + "']"))
				.as("the officer whose disposal failed is not offered").isEmpty();
			String secondOfficer = browser.all("#reassign-officer option").get(1).getDomAttribute("value");
			browser.choose("#reassign-officer", secondOfficer).screenshot("officer-reassign")
				.submit("#reassign button[type=submit]");
			assertThat(status(reference)).isEqualTo("ASSIGNED");
			signOut(browser);

			// The second officer enquires afresh and files.
			signIn(browser, username(Long.parseLong(secondOfficer)));
			browser.go("/cases/" + reference + "/enquiry");
			browser.choose("#contact-mode", "VISIT").choose("#contact-outcome", "REACHED")
				.submit("#contact button[type=submit]");
			recordVisitAndStatements(browser, photo);
			fileReport(browser, "दोबारा जाँच की; दोनों पक्षों में लिखित समझौता हुआ।");
			signOut(browser);
			approve(browser, Story.SHO, reference, false);
			approve(browser, Story.CO, reference, false);
			approve(browser, Story.ASP, reference, false);
			assertThat(status(reference)).isEqualTo("FEEDBACK_PENDING");

			// The feedback desk calls; the complainant is satisfied.
			signIn(browser, "feedback.rampur");
			browser.go("/desk/calls");
			assertThat(browser.find("#call-" + reference + " a.tel").getDomAttribute("href")).isEqualTo("tel:+91" + mobile);
			browser.screenshot("officer-feedback-desk");
			browser.submit("#call-" + reference + " button[value=DISSATISFIED]");
			assertThat(browser.text("#reason-" + reference + "-error")).as("dissatisfied needs the reason")
				.contains(hindi("feedback.reason.required"));
			assertThat(status(reference)).isEqualTo("FEEDBACK_PENDING");
			browser.submit("#call-" + reference + " button[value=SATISFIED]");
			assertThat(status(reference)).isEqualTo("CLOSED");
			signOut(browser);
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	@Test
	void anOperatorIsWarnedWhileTypingThatTheComplaintRepeatsAnEarlierOneAndEntersItWithItsChannel() {
		String mobile = Story.freshMobile();
		String earlier = Story.expect(org.samadhan.support.Api.at(port).anonymous()
			.post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201).field("reference");
		try (Browser browser = Browser.phone(port)) {
			signIn(browser, "operator.rampur");
			browser.go("/operator/complaints/new");
			assertThat(browser.value("#districtCode")).as("the operator's district").isEqualTo("RAMPUR");
			browser.choose("#channel", "HELPLINE_1076").type("#name", "रमेश कुमार").type("#mobile", mobile);
			browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#repeat-warning")));
			assertThat(browser.text("#repeat-warning")).contains(earlier);
			browser.choose("#categoryCode", "THEFT")
				.type("#description", "घर से साइकिल चोरी हो गई।")
				.type("#incidentAddress", "मोहल्ला घेर, रामपुर")
				.screenshot("operator-entry-repeat-warning")
				.submit("main form button[type=submit]");
			String reference = browser.text("#reference").replace(" ", "");
			browser.screenshot("operator-receipt");
			assertThat(jdbc.sql("select channel from complaint where reference = ?").param(reference).query(String.class)
				.single()).isEqualTo("HELPLINE_1076");
		}
	}

	private void recordVisitAndStatements(Browser browser, Path photo) {
		browser.emulatePosition(VISIT_LAT, VISIT_LON, 12);
		String path = browser.currentPath();
		browser.go(path.substring(0, path.indexOf("/enquiry") + "/enquiry".length())); // the page asks on opening
		browser.await().until(d -> !browser.value("#visit-latitude").isEmpty());
		assertThat(browser.text("#position-status")).contains("28.8101");
		browser.attach("#visit-photo", photo).submit("#visit button[type=submit]");
		assertThat(browser.text("#notice")).isEqualTo(hindi("page.enquiry.done.visit"));
		browser.choose("#statement-party", "COMPLAINANT").type("#statement-name", "कमला देवी")
			.type("#statement-text", "पड़ोसी ने मेड़ काटी।")
			.submit("#statement button[type=submit]");
		browser.choose("#statement-party", "OPPOSITE_PARTY").type("#statement-name", "सुरेश")
			.type("#statement-text", "मेड़ गलती से कटी।")
			.submit("#statement button[type=submit]");
	}


	private void fileReport(Browser browser, String findings) {
		browser.type("#report-findings", findings).choose("#report-action", "MEDIATION")
			.submit("#report button[type=submit]");
		assertThat(browser.text("#notice")).isEqualTo(hindi("page.enquiry.done.report"));
	}

	private void approve(Browser browser, String reviewer, String reference, boolean tryWithoutReason) {
		signIn(browser, reviewer);
		browser.go("/cases/" + reference + "/review");
		browser.find("#approve-grade-A").click();
		if (tryWithoutReason) {
			browser.submit("#approve button[type=submit]");
			assertThat(browser.text("#approve-refused")).contains(hindi("scrutiny.override.reason-required"));
			browser.find("#approve-grade-A").click();
		}
		browser.type("#approve-override", "शिकायतकर्ता से फोन पर पुष्टि की।")
			.submit("#approve button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo("/cases/reviews");
		signOut(browser);
	}

	private void signIn(Browser browser, String username) {
		browser.go("/login").type("#username", username).type("#password", "demo-only").submit("main button[type=submit]");
		assertThat(browser.currentPath()).isEqualTo("/home");
	}

	private void signOut(Browser browser) {
		browser.submit("header form button");
		assertThat(browser.currentPath()).startsWith("/login");
	}

	private String status(String reference) {
		return jdbc.sql("select status from complaint where reference = ?").param(reference).query(String.class).single();
	}

	private long officerId(String username) {
		return jdbc.sql("select id from jurisdiction_officer where username = ?").param(username).query(Long.class)
			.single();
	}

	private String username(long officerId) {
		return jdbc.sql("select username from jurisdiction_officer where id = ?").param(officerId)
			.query(String.class)
			.single();
	}

	/** The code of the latest feedback link the complainant's phone received. */
	private String linkCode(String mobile) {
		Pattern pattern = Pattern.compile("/feedback/([A-Za-z0-9_-]{22})");
		String body = sms.textsTo(mobile).stream().filter(text -> pattern.matcher(text).find())
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no feedback link sent to " + mobile));
		Matcher link = pattern.matcher(body);
		link.find();
		return link.group(1);
	}

	private String hindi(String key) {
		return messages.getMessage(key, null, HINDI);
	}
}
