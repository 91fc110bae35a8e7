package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.samadhan.support.Browser;
import org.samadhan.support.SamadhanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A district administrator on a small phone (360 px), in Hindi: adds a police station and a beat
 * under it, creates an officer posted at the station (the roles offered follow the unit chosen),
 * transfers the officer to the beat, then sets up more of the district from two CSV files: a dry
 * run, then the real run, whose progress the page follows until it is done. No page is wider than
 * the phone. Screenshots of each page go to target/screenshots.
 */
@SamadhanTest
class AdminPagesBrowserTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void aDistrictAdministratorSetsUpAStationAndAnOfficerTransfersThemAndAppliesABulkSetUpOnAPhone()
			throws IOException {
		String tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
		String station = "RAMPUR_B" + tag;
		String username = "b" + tag.toLowerCase() + ".sho";
		try (Browser browser = Browser.phone(port)) {
			browser.go("/login").type("#username", "admin.rampur").type("#password", "demo-only")
				.submit("main button[type=submit]");
			browser.submit("main a[href='/admin']");
			assertThat(browser.text("h1")).isEqualTo(hindi("page.admin.home.title"));
			fitsThePhone(browser, "admin-home");

			// A police station under the city circle, then a beat under it from the station's page.
			browser.submit("#link-units");
			browser.choose("#unit-kind", "STATION")
				.choose("#unit-parent", "RAMPUR_CIRCLE_CITY")
				.type("#unit-name-hi", "परीक्षा थाना " + tag)
				.type("#unit-name-en", "Browser station " + tag)
				.type("#unit-code", station)
				.type("#unit-latitude", "28.80")
				.type("#unit-longitude", "79.02");
			browser.submit("#add button[type=submit]");
			assertThat(browser.text("#notice")).contains(station);
			assertThat(browser.all("#unit-" + station)).hasSize(1);
			fitsThePhone(browser, "admin-district-units");
			browser.submit("#unit-" + station + " > a");
			fitsThePhone(browser, "admin-unit");
			browser.submit("#add-under");
			assertThat(browser.value("#unit-parent")).as("the parent chosen already").isEqualTo(station);
			browser.choose("#unit-kind", "BEAT").type("#unit-name-hi", "हल्का 1").type("#unit-name-en", "Beat 1")
				.type("#unit-code", station + "_HALKA_1")
				.submit("#add button[type=submit]");
			assertThat(browser.all("#unit-" + station + " #unit-" + station + "_HALKA_1")).hasSize(1);

			// An officer posted at the station as its SHO; the roles offered are the station's.
			browser.go("/admin/officers/new")
				.type("#new-name-hi", "परीक्षा अधिकारी " + tag)
				.type("#new-name-en", "Browser officer " + tag)
				.type("#new-rank", "Inspector")
				.type("#new-mobile", "9" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)))
				.type("#new-username", username)
				.choose("#new-unit", station);
			browser.await().until(d -> browser.all("#new-roles input").size() == 3);
			assertThat(browser.all("#new-role-CO")).as("a station has no circle officer").isEmpty();
			browser.find("#new-role-SHO").click();
			browser.type("#new-order", "SP/" + tag);
			fitsThePhone(browser, "admin-officer-new");
			browser.submit("main form button[type=submit]");
			assertThat(browser.text("#notice")).contains(username);
			assertThat(browser.text("#officer-posting")).contains("परीक्षा थाना " + tag);

			// Transferred to the beat as its investigating officer.
			browser.choose("#posting-unit", station + "_HALKA_1");
			browser.await().until(d -> browser.all("#posting-roles input").size() == 1);
			browser.find("#posting-role-IO").click();
			browser.type("#posting-order", "T/" + tag).submit("#posting button[type=submit]");
			assertThat(browser.text("#officer-posting")).contains("हल्का 1");
			assertThat(browser.all("#postings li")).hasSize(2);
			assertThat(browser.all("#postings li").get(1).getText())
				.contains(hindi("page.admin.posting.ended.TRANSFERRED"));
			fitsThePhone(browser, "admin-officer");

			// More of the district from two CSV files: a dry run, then the real run with its progress.
			Path units = Files.createTempFile("units-" + tag, ".csv");
			Path officers = Files.createTempFile("officers-" + tag, ".csv");
			Files.writeString(units, "code,kind,parent,name_en,name_hi,latitude,longitude\n" + station
					+ "_HALKA_2,BEAT," + station + ",Beat 2,हल्का 2,,\n" + station + "_CHOWKI,OUTPOST," + station
					+ ",Outpost,चौकी,,\n", StandardCharsets.UTF_8);
			Files.writeString(officers, "username,name_en,name_hi,rank,mobile,posting,roles,from,order_ref\nb"
					+ tag.toLowerCase() + ".io2,Second IO,दूसरे जाँच अधिकारी,Sub-Inspector,9"
					+ String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)) + "," + station
					+ "_CHOWKI,IO,,\n", StandardCharsets.UTF_8);
			browser.go("/admin/districts/RAMPUR/setup").attach("#units", units).attach("#officers", officers);
			browser.submit("#upload button[type=submit]");
			assertThat(browser.text("#plan-ready"))
				.isEqualTo(messages.getMessage("page.admin.plan.ready", new Object[] { 3 }, HINDI));
			assertThat(browser.text("#count-CREATE")).isEqualTo("3");
			fitsThePhone(browser, "admin-setup-dry-run");

			// A double tap on "apply" sends it once.
			browser.script("var form = document.querySelector('#apply'); form.requestSubmit(); form.requestSubmit();");
			browser.await().until(d -> browser.currentPath().startsWith("/admin/uploads/"));
			// The page asks for the progress every half second until the run is over.
			browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#upload-done")));
			assertThat(browser.text("#upload-done"))
				.isEqualTo(messages.getMessage("page.admin.upload.done", new Object[] { 3, 3 }, HINDI));
			fitsThePhone(browser, "admin-setup-done");
			assertThat(jdbc.sql("select count(*) from jurisdiction_upload where file_name like ?")
				.param(units.getFileName() + "%")
				.query(Long.class)
				.single()).as("one run").isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from jurisdiction_unit where code like ?").param(station + "%")
				.query(Long.class)
				.single()).isEqualTo(4);
		}
	}

	/** Nothing on the page is wider than the phone (no sideways scrolling); saves a screenshot. */
	private static void fitsThePhone(Browser browser, String screenshot) {
		long width = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
		assertThat(width).as(screenshot + ": nothing wider than the phone").isLessThanOrEqualTo(360);
		browser.screenshot(screenshot);
	}

	private String hindi(String key) {
		return messages.getMessage(key, null, HINDI);
	}
}
