package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.Browser;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * An investigating officer presses "file the report" with nothing recorded, on a phone and at a
 * desk, in Hindi and English: the page comes back with the list of everything still missing in the
 * first screenful, focused and announced as an alert, not thousands of pixels below. Screenshots of
 * what the window shows go to target/screenshots.
 */
@SamadhanTest
class ReportRefusalBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	@Test
	void aReportWithNothingRecordedShowsEveryMissingPieceInTheFirstViewportWithFocus() {
		Story story = new Story(Api.at(port));
		for (Map.Entry<String, int[]> size : Map.of("phone", new int[] { 360, 780 }, "desk", new int[] { 1366, 768 })
			.entrySet()) {
			String reference = story.assigned("LAND_DISPUTE");
			try (Browser browser = Browser.open(port, size.getValue()[0], size.getValue()[1])) {
				browser.go("/login").type("#username", Story.IO).type("#password", "demo-only")
					.submit("main button[type=submit]");
				assertThat(browser.currentPath()).isEqualTo("/home");
				for (String language : List.of("hi", "en")) {
					String shot = "report-refused-" + size.getKey() + "-" + language;
					browser.go("/cases/" + reference + "/enquiry?lang=" + language);
					assertThat(browser.text("#checklist")).contains(text("report.need.site-visit", language));
					browser.submit("#report button[type=submit]");

					String said = browser.text("#refusal");
					assertThat(said).as(shot).contains(text("report.refused", language),
							text("report.missing.contact", language), text("report.missing.site-visit", language),
							text("report.missing.complainant-statement", language),
							text("report.missing.opposite-party-statement", language),
							text("report.findings.required", language));
					Number top = (Number) browser.script(
							"return document.querySelector('#refusal').getBoundingClientRect().top");
					Number bottom = (Number) browser.script(
							"return document.querySelector('#refusal ul').getBoundingClientRect().bottom");
					Number viewport = (Number) browser.script("return window.innerHeight");
					assertThat(top.doubleValue()).as(shot + ": the list starts on screen").isGreaterThanOrEqualTo(0);
					assertThat(bottom.doubleValue()).as(shot + ": the whole list is in the first viewport")
						.isLessThanOrEqualTo(viewport.doubleValue());
					assertThat(browser.script("return document.activeElement.id")).as(shot + ": focused")
						.isEqualTo("refusal");
					assertThat(browser.find("#refusal").getDomAttribute("role")).isEqualTo("alert");
					browser.screenshotOfViewport(shot);

					// The link leads down to the form, whose own message is there as well.
					browser.find("#refusal a").click();
					browser.await().until(d -> ((Number) browser.script(
							"return document.querySelector('#report').getBoundingClientRect().top")).doubleValue() < 5);
					assertThat(browser.text("#report-refused")).contains(text("report.missing.contact", language));
					browser.script("document.querySelector('#checklist').scrollIntoView()");
					browser.screenshotOfViewport("report-checklist-" + size.getKey() + "-" + language);
				}
			}
			assertThat(story.status(reference)).isEqualTo("ASSIGNED");
		}
	}

	private String text(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}
}
