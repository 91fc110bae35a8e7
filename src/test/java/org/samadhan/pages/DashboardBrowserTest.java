package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.support.Api;
import org.samadhan.support.Browser;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SP on a small phone (360 px): signs in, reads the district's dashboard (its counts are the
 * database's, its charts drawn), opens the list behind a figure, then the ranking and a station's
 * meeting pack. Screenshots: target/screenshots/dashboard.png, ranking.png, meeting-pack.png.
 */
@SamadhanTest
@Import(RecordingSmsGateway.Config.class)
class DashboardBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Jurisdiction jurisdiction;

	@Test
	void theSpReadsTheDashboardOnAPhoneAndEachFigureOpensItsList() {
		Story story = new Story(Api.at(port));
		story.marked("THEFT");
		long district = jurisdiction.unitByCode("RAMPUR").orElseThrow().id();
		long kotwali = jurisdiction.unitByCode(Story.STATION).orElseThrow().id();
		try (Browser browser = Browser.phone(port)) {
			browser.go("/login").type("#username", "sp.rampur").type("#password", "demo-only").submit("main button[type=submit]");
			browser.go("/dashboard");
			assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo("hi");
			long dbPending = jdbc.sql("select count(*) from complaint c where district_id = ? and status not in "
					+ DashboardPagesTest.SETTLED).param(district).query(Long.class).single();
			assertThat(number(browser.text("#fig-pending a.n"))).isEqualTo(dbPending).isPositive();
			assertThat(number(browser.text("#fig-defaulters a.n"))).isEqualTo(jdbc.sql("select count(*) from complaint c "
					+ "join deadline_clock k on k.complaint_id = c.id where c.district_id = ? and k.defaulted = true "
					+ "and c.status not in " + DashboardPagesTest.SETTLED).param(district).query(Long.class).single());
			assertThat(number(browser.text("#by-station tr:has(a[href$='unit=" + kotwali + "']) td a.n")))
				.isEqualTo(jdbc.sql("select count(*) from complaint c where station_id = ? and status not in "
						+ DashboardPagesTest.SETTLED).param(kotwali).query(Long.class).single());
			browser.await().until(d -> Boolean.TRUE.equals(browser.script(
					"return !!(window.Chart && Chart.getChart(document.getElementById('chart-weekly'))"
							+ " && Chart.getChart(document.getElementById('chart-monthly')))")));
			assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
				.as("tables scroll inside their box; the page stays as wide as the phone").isLessThanOrEqualTo(360);
			browser.screenshot("dashboard");

			browser.submit("#fig-pending a.n");
			assertThat(browser.currentPath()).startsWith("/dashboard/cases?kind=PENDING");
			assertThat(number(browser.find("#total").getDomAttribute("data-total"))).isEqualTo(dbPending);
			assertThat(browser.all("#cases tbody tr")).hasSize((int) Math.min(dbPending, 50));
			assertThat(browser.find("#csv").getDomAttribute("href")).startsWith("/api/reports/cases.csv?kind=PENDING");

			browser.go("/ranking");
			assertThat(browser.find("#state").getDomAttribute("data-state")).isEqualTo("provisional");
			assertThat(browser.text("h1")).contains("थाने");
			browser.screenshot("ranking");

			browser.go("/dashboard/meeting-pack?station=" + kotwali);
			assertThat(browser.text("#pack-" + kotwali + " h2")).contains("गोष्ठी");
			assertThat(number(browser.text("#pack-" + kotwali + " .card a.n"))).isEqualTo(jdbc.sql("select count(*) "
					+ "from complaint c where station_id = ? and status not in " + DashboardPagesTest.SETTLED)
				.param(kotwali)
				.query(Long.class)
				.single());
			browser.screenshot("meeting-pack");
		}
	}

	private static long number(String text) {
		return Long.parseLong(text.replaceAll("\\D", ""));
	}
}
