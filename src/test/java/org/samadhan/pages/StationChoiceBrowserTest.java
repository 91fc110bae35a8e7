package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.samadhan.support.Browser;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium: a citizen on a phone, in Hindi, picks Ganj police station when filing; the complaint
 * goes to Rampur's district inbox as before, and the IGRS cell, at a desk, finds Ganj named as the
 * complainant's suggestion and already chosen in the "mark to station" picker, and marks it there
 * with one press. The page's icon, manifest and /favicon.ico load in the browser. Screenshots under
 * target/screenshots/station-choice-*.png.
 */
@SamadhanTest
class StationChoiceBrowserTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void theStationACitizenPicksIsPreselectedForTheCellWhoMarksItThere() {
		String mobile = Story.freshMobile();
		String reference;
		try (Browser phone = Browser.phone(port)) {
			phone.go("/complaints/new")
				.type("#name", "सीता देवी")
				.type("#mobile", mobile)
				.choose("#categoryCode", "THEFT")
				.type("#description", "गंज बाजार से मेरी साइकिल चोरी हो गई। संख्या " + mobile + "।")
				.type("#incidentAddress", "गंज बाजार, रामपुर")
				.choose("#districtCode", "RAMPUR");
			phone.await()
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stationCode option[value='RAMPUR_GANJ']")));
			phone.choose("#stationCode", "RAMPUR_GANJ").screenshot("station-choice-citizen-form");
			phone.submit("main button[type=submit]");
			assertThat(phone.currentPath()).isEqualTo("/complaints/new/receipt");
			reference = phone.text("#reference").replace(" ", "");
			Map<String, Object> filed = statusAndStation(reference);
			assertThat(filed.get("status")).as("routed as before").isEqualTo("DISTRICT_INBOX");
			assertThat(filed.get("station_id")).isNull();
		}

		try (Browser desk = Browser.open(port, 1280, 900)) {
			desk.go("/login").type("#username", Story.CELL).type("#password", "demo-only").submit("main button[type=submit]");
			assertThat(desk.currentPath()).isEqualTo("/home");
			desk.go("/cases/" + reference);
			assertThat(desk.text("#suggested-station")).isEqualTo("गंज");
			Select picker = new Select(desk.find("#mark-station"));
			assertThat(picker.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("RAMPUR_GANJ");
			assertThat(picker.getFirstSelectedOption().getText()).isEqualTo("गंज");
			assertThat(desk.text("#mark-station-hint")).isEqualTo(messages.getMessage("page.case.mark.suggested", null, HINDI));
			desk.screenshot("station-choice-cell-case");

			assertThat(loaded(desk)).as("icon, manifest and /favicon.ico as the browser fetches them")
				.containsExactly(200L, 200L, 200L);

			desk.submit("#mark button[type=submit]");
			assertThat(desk.text("#notice")).isEqualTo(messages.getMessage("page.case.done.marked", null, HINDI));
			assertThat(desk.text("#station")).isEqualTo("गंज");
			assertThat(desk.all("#suggested-station")).isEmpty();
			desk.screenshot("station-choice-cell-marked");
		}
		Map<String, Object> marked = statusAndStation(reference);
		assertThat(marked.get("status")).isEqualTo("STATION_INBOX");
		assertThat(marked.get("station_id")).isEqualTo(
				jdbc.sql("select id from jurisdiction_unit where code = 'RAMPUR_GANJ'").query(Long.class).single());
	}

	/** The statuses of the page's icon, its manifest and /favicon.ico, fetched by the page itself. */
	@SuppressWarnings("unchecked")
	private static List<Long> loaded(Browser browser) {
		return (List<Long>) browser.script("""
				const addresses = [document.querySelector('link[rel=icon]').href,
				    document.querySelector('link[rel=manifest]').href, '/favicon.ico'];
				const statuses = [];
				for (const address of addresses) {
				  const request = new XMLHttpRequest();
				  request.open('GET', address, false);
				  request.send();
				  statuses.push(request.status);
				}
				return statuses;""");
	}

	private Map<String, Object> statusAndStation(String reference) {
		return jdbc.sql("select status, station_id from complaint where reference = ?").param(reference).query().singleRow();
	}
}
