package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samadhan.support.Api;
import org.samadhan.support.Browser;
import org.samadhan.support.SitePhotos;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * A citizen files with a scanned paper (PDF) and a photo, in Hindi and in English, on a phone and
 * at a desk, and sees both listed back on the receipt; the SHO, once the complaint is marked to the
 * station, finds both in the case file of the case page: the photo as a thumbnail decoded from
 * the page's own address, the PDF as a link naming its kind, nothing wider than the screen.
 * Screenshots go to target/screenshots/case-file-*.png.
 */
@SamadhanTest
class CaseFileBrowserTest {

	private static final String PDF_NAME = "खसरा खतौनी.pdf";

	private static final String PHOTO_NAME = "टूटी मेड़.jpg";

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	Path folder;

	@BeforeEach
	void files() throws IOException {
		folder = Files.createTempDirectory("case-file");
		Files.write(folder.resolve(PDF_NAME), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
			.getBytes(StandardCharsets.ISO_8859_1));
		SitePhotos.writeSpecked(folder.resolve(PHOTO_NAME), new java.awt.Color(150, 110, 60));
	}

	@AfterEach
	void removeFiles() throws IOException {
		try (var files = Files.walk(folder)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "hi, 360", "en, 360", "hi, 1280", "en, 1280" })
	void theCitizenSeesTheirDocumentsListedBackAndTheShoSeesThemInTheCaseFile(String language, int width) {
		Locale locale = Locale.forLanguageTag(language);
		String shot = "case-file-" + language + "-" + width;
		try (Browser browser = Browser.open(port, width, 800)) {
			browser.go("/complaints/new?lang=" + language)
				.type("#name", "सीता देवी")
				.type("#mobile", Story.freshMobile())
				.choose("#categoryCode", "LAND_DISPUTE")
				.type("#description", "पड़ोसी ने खेत की मेड़ तोड़ दी। खसरा खतौनी और फोटो साथ में है।")
				.type("#incidentAddress", "ग्राम रेबड़ी कलां, रामपुर")
				.choose("#districtCode", "RAMPUR");
			browser.find("#files")
				.sendKeys(folder.resolve(PDF_NAME).toAbsolutePath() + "\n" + folder.resolve(PHOTO_NAME).toAbsolutePath());
			browser.submit("button[type=submit]:not(.link)");

			assertThat(browser.currentPath()).isEqualTo("/complaints/new/receipt");
			assertThat(browser.text("#documents h2")).isEqualTo(text("page.citizen.documents", locale, 2));
			assertThat(browser.all("#documents .file-name")).extracting(WebElement::getText)
				.containsExactly(PDF_NAME, PHOTO_NAME);
			assertThat(browser.text("#documents")).contains(text("page.file-kind.PDF", locale),
					text("page.file-kind.JPEG", locale));
			assertThat(widthOfPage(browser)).as("nothing wider than the screen").isLessThanOrEqualTo(width);
			browser.screenshot(shot + "-citizen-receipt");
			String reference = browser.text("#reference").replace(" ", "");

			expect(Api.at(port).as(Story.CELL).post("/api/complaints/" + reference + "/mark",
					Map.of("stationCode", Story.STATION)), 200);
			browser.go("/login").type("#username", Story.SHO).type("#password", "demo-only")
				.submit("main button[type=submit]");
			browser.go("/cases/" + reference);
			assertThat(browser.text("#case-file h2")).isEqualTo(text("page.case-file.title", locale, 2));
			List<WebElement> listed = browser.all("#case-file-documents li");
			assertThat(listed).extracting(li -> li.findElement(By.cssSelector(".file-name")).getText())
				.containsExactly(PDF_NAME, PHOTO_NAME);
			assertThat(listed.get(0).findElements(By.tagName("img"))).as("a PDF is a link").isEmpty();
			assertThat(listed.get(0).findElement(By.cssSelector(".file-facts")).getText())
				.startsWith(text("page.file-kind.PDF", locale));
			assertThat(listed.get(0).findElement(By.cssSelector("a.download")).getText())
				.isEqualTo(text("page.case-file.download", locale));

			WebElement thumbnail = listed.get(1).findElement(By.cssSelector("a.thumb img"));
			browser.script("document.querySelector('#case-file-documents a.thumb img').scrollIntoView()");
			browser.await().until(d -> Boolean.TRUE.equals(
					browser.script("return document.querySelector('#case-file-documents a.thumb img').complete")));
			assertThat(((Number) browser.script(
					"return document.querySelector('#case-file-documents a.thumb img').naturalWidth")).intValue())
				.as("the photo, decoded from the page's own address").isEqualTo(64);
			assertThat(thumbnail.getRect().getWidth()).as("shown small").isEqualTo(96);
			assertThat(listed.get(1).findElement(By.cssSelector("a.thumb")).getDomAttribute("target")).isEqualTo("_blank");
			assertThat(widthOfPage(browser)).as("nothing wider than the screen").isLessThanOrEqualTo(width);
			browser.script("document.getElementById('case-file').scrollIntoView()");
			browser.screenshot(shot + "-sho-case");
		}
	}


	private static long widthOfPage(Browser browser) {
		return ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
