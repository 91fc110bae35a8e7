package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.Api;
import org.samadhan.support.Browser;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 1076 operator on a small phone (360 px) takes a call: typing the caller's mobile number on the
 * entry page offers the caller's earlier complaints at once, and one tap opens them all on the
 * search page, whose filters fold away and open without widening the page.
 */
@SamadhanTest
class SearchBrowserTest {

	@LocalServerPort
	int port;

	@Test
	void anOperatorTypingACallersMobileOpensTheirEarlierComplaintsInOneStep() {
		String mobile = Story.freshMobile();
		Api api = Api.at(port);
		String earlier = expect(api.anonymous().post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
		try (Browser browser = Browser.phone(port)) {
			browser.go("/login").type("#username", "operator.rampur").type("#password", "demo-only")
				.submit("main button[type=submit]");
			browser.go("/operator/complaints/new").type("#mobile", "+91 " + mobile.substring(0, 5) + " " + mobile.substring(5));
			browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("earlier-complaints")));
			assertThat(browser.text("#earlier-complaints li a")).isEqualTo(ReferenceNumber.parse(earlier).grouped());
			browser.screenshot("operator-earlier-complaints");

			browser.go(browser.find("#earlier-all").getAttribute("href").replaceFirst("^https?://[^/]+", ""));
			assertThat(browser.all("#cases a[href='/cases/" + earlier + "']")).hasSize(1);
			browser.find("details.filters summary").click();
			browser.choose("#sort", "OLDEST");
			assertThat(width(browser)).as("nothing wider than the phone").isLessThanOrEqualTo(360);
			browser.screenshot("search-filters-open").submit("#filter-form button[type=submit]");
			assertThat(browser.all("#cases a[href='/cases/" + earlier + "']")).hasSize(1);
			assertThat(browser.currentPath()).startsWith("/cases/search?").contains("sort=OLDEST");
		}
	}

	private static long width(Browser browser) {
		return ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
	}
}
