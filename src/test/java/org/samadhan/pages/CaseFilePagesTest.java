package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case file: a document the citizen filed with the complaint is listed, under the name it came
 * with, on the SHO's case page, the investigating officer's enquiry page and the reviewer's review
 * page, with a link that downloads it and one that opens it; the site visit's photo is a thumbnail
 * there too. Whoever sees the complaint but not its case file (the feedback desk) gets the page
 * without the section and still cannot fetch the file; an officer of another station still gets the
 * page-not-found. The citizen sees their own document listed back on the receipt and when tracking.
 */
@SamadhanTest
@Import(RecordingSmsGateway.Config.class)
class CaseFilePagesTest {

	/** A real PDF's first bytes, and a name in Hindi with a space, as phones send them. */
	private static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
		.getBytes(StandardCharsets.ISO_8859_1);

	private static final String NAME = "जमीन का खसरा 2025.pdf";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	RecordingSmsGateway sms;

	Story story;

	@BeforeEach
	void connect() {
		story = new Story(Api.at(port));
	}

	@Test
	void theCitizensDocumentIsInTheCaseFileOfTheCaseTheEnquiryAndTheReviewPage() throws IOException {
		String reference = filedWithDocument();
		expect(Api.at(port).as(Story.CELL).post("/api/complaints/" + reference + "/mark",
				Map.of("stationCode", Story.STATION)), 200);

		// The SHO, deciding whom to assign, already sees what the citizen gave.
		PageMannersTest.Client sho = officer(Story.SHO);
		Document casePage = page(sho, "/cases/" + reference);
		Element document = theDocument(casePage);
		assertThat(casePage.select("#case-file h2").text()).isEqualTo(text("page.case-file.title", "hi", 1));
		assertThat(document.select(".file-facts").text())
			.isEqualTo(messages.getMessage("page.case-file.facts", new Object[] { text("page.file-kind.PDF", "hi"),
					messages.getMessage("page.file-size.bytes", new Object[] { String.valueOf(PDF.length) },
							Locale.forLanguageTag("hi")) }, Locale.forLanguageTag("hi")));
		assertDownloads(sho, document);
		assertThat(casePage.select("#case-file img")).as("a PDF is a link, not a picture").isEmpty();

		expect(Api.at(port).as(Story.SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", story.officerId(Story.SHO, Story.IO), "note", "जाँच करें")), 200);
		story.recordWork(reference, Story.IO, true);
		long statement = expect(Api.at(port).as(Story.IO).post("/api/complaints/" + reference + "/statements",
				Map.of("party", "WITNESS", "personName", "रामू")), 201).json().get("id").asLong();
		expect(Api.at(port).as(Story.IO).upload("/api/complaints/" + reference + "/statements/" + statement + "/scan",
				"bayan.pdf", PDF), 201);

		PageMannersTest.Client io = officer(Story.IO);
		Document enquiry = page(io, "/cases/" + reference + "/enquiry");
		assertDownloads(io, theDocument(enquiry));
		assertThat(enquiry.select("#case-file-scans li .file-name").text()).isEqualTo("bayan.pdf");
		assertThat(enquiry.select("#case-file-scans li .file-when").eachText()).contains(
				text("page.case-file.statement-of", "hi", text("party.WITNESS", "hi"), "रामू"));
		Element photo = enquiry.selectFirst("#case-file #photos li");
		assertThat(photo).as("the site visit's photo").isNotNull();
		Element thumbnail = photo.selectFirst("a.thumb img");
		assertThat(thumbnail.attr("loading")).isEqualTo("lazy");
		assertThat(thumbnail.attr("width")).isEqualTo("96");
		assertThat(thumbnail.attr("height")).isEqualTo("96");
		assertThat(photo.selectFirst("a.thumb").attr("target")).as("opens full size in a new tab").isEqualTo("_blank");
		assertThat(photo.select(".file-when").text()).as("with the visit's date")
			.matches("\\d{1,2} .+ \\d{4}, \\d{2}:\\d{2}" + text("page.case-file.visit-of", "hi", ""));
		HttpResponse<byte[]> full = io.getBytes(thumbnail.attr("src"));
		assertThat(full.statusCode()).isEqualTo(200);
		assertThat(full.headers().firstValue("Content-Type")).hasValue("image/jpeg");

		expect(story.submitReport(reference, Story.IO), 201);
		Document review = page(sho, "/cases/" + reference + "/review");
		assertDownloads(sho, theDocument(review));
		assertThat(review.select("#case-file #photos img")).hasSize(1);

		// In English, the same section in English words.
		sho.get("/cases/" + reference + "?lang=en");
		Document english = page(sho, "/cases/" + reference);
		assertThat(english.select("#case-file h3").eachText()).contains(text("page.case-file.documents", "en"),
				text("page.case-file.photos", "en"));
		assertThat(theDocument(english).select(".download").text()).isEqualTo(text("page.case-file.download", "en"));
	}

	@Test
	void whoeverMayNotReadTheCaseFileGetsWhatTheyGotBefore() throws IOException {
		String reference = filedWithDocument();
		expect(Api.at(port).as(Story.CELL).post("/api/complaints/" + reference + "/mark",
				Map.of("stationCode", Story.STATION)), 200);
		String id = jdbc.sql("select a.id from attachment a join complaint c on c.id = a.complaint_id where c.reference = ?")
			.param(reference)
			.query(String.class)
			.single();

		PageMannersTest.Client otherStation = officer("sho.ganj");
		for (String path : List.of("/cases/" + reference, "/cases/" + reference + "/enquiry",
				"/cases/" + reference + "/files/" + id)) {
			HttpResponse<String> page = otherStation.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(page.body()).select("h1").text()).as(path).isEqualTo("पृष्ठ नहीं मिला");
			assertThat(page.body()).as(path).doesNotContain("खसरा");
		}
		assertThat(otherStation.getBytes("/api/complaints/" + reference + "/attachments/" + id).statusCode())
			.isEqualTo(404);

		// The feedback desk sees the complaint (it calls the complainant), not its case file.
		PageMannersTest.Client desk = officer("feedback.rampur");
		HttpResponse<String> deskPage = desk.get("/cases/" + reference);
		assertThat(deskPage.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(deskPage.body()).select("#case-file")).isEmpty();
		assertThat(deskPage.body()).doesNotContain("खसरा");
		assertThat(desk.get("/cases/" + reference + "/files/" + id).statusCode()).isEqualTo(403);

		// The SHO of the station sees it; the files address of another complaint finds nothing.
		PageMannersTest.Client sho = officer(Story.SHO);
		assertThat(page(sho, "/cases/" + reference).select("#case-file")).hasSize(1);
		String another = story.marked("THEFT");
		assertThat(sho.get("/cases/" + another + "/files/" + id).statusCode()).isEqualTo(404);
		assertThat(page(sho, "/cases/" + another).select("#case-file-empty").text())
			.isEqualTo(text("page.case-file.none", "hi"));
	}

	@Test
	void theCitizenSeesTheDocumentListedBackOnTheReceiptAndWhenTracking() throws IOException {
		PageMannersTest.Client citizen = new PageMannersTest.Client("http://127.0.0.1:" + port);
		String mobile = Story.freshMobile();
		file(citizen, mobile);
		HttpResponse<String> receipt = citizen.get("/complaints/new/receipt");
		assertThat(receipt.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(receipt.body());
		assertThat(page.select("#documents h2").text()).isEqualTo(text("page.citizen.documents", "hi", 1));
		assertThat(page.select("#documents .file-name").eachText()).containsExactly(NAME);
		assertThat(page.select("#documents a")).as("names only: the citizen's pages give no file back").isEmpty();

		// Later, with the code sent to the mobile; the enquiry's photos are not the citizen's to see.
		String reference = page.select("#reference").text().replace(" ", "");
		expect(Api.at(port).as(Story.CELL).post("/api/complaints/" + reference + "/mark",
				Map.of("stationCode", Story.STATION)), 200);
		expect(Api.at(port).as(Story.SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", story.officerId(Story.SHO, Story.IO), "note", "जाँच करें")), 200);
		story.recordWork(reference, Story.IO, true);
		String token = PageMannersTest.csrfToken(citizen.get("/track").body());
		assertThat(citizen.post("/track/code", "_csrf=" + token + "&reference=" + reference).statusCode()).isEqualTo(302);
		HttpResponse<String> checked = citizen.post("/track/view",
				"_csrf=" + token + "&reference=" + reference + "&code=" + sms.lastCodeTo(mobile));
		assertThat(checked.headers().firstValue("Location")).as("the complaint's own address")
			.hasValueSatisfying(to -> assertThat(to).endsWith("/track/" + reference));
		HttpResponse<String> tracked = citizen.get("/track/" + reference);
		Document status = Jsoup.parse(tracked.body());
		assertThat(status.select("#status")).as(tracked.body()).hasSize(1);
		assertThat(status.select("#documents .file-name").eachText()).containsExactly(NAME);
	}

	/** A citizen files on the page with one document; answers the reference number. */
	private String filedWithDocument() throws IOException {
		String mobile = Story.freshMobile();
		file(new PageMannersTest.Client("http://127.0.0.1:" + port), mobile);
		return jdbc.sql("select reference from complaint where complainant_mobile = ?").param(mobile)
			.query(String.class)
			.single();
	}

	private void file(PageMannersTest.Client citizen, String mobile) throws IOException {
		Document form = Jsoup.parse(citizen.get("/complaints/new").body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", form.select("input[name=_csrf]").attr("value"));
		fields.put("idempotencyKey", form.select("input[name=idempotencyKey]").attr("value"));
		fields.putAll(Story.filingForm(mobile));
		HttpResponse<String> filed = citizen.postFile("/complaints/new", fields, "files", NAME, PDF);
		assertThat(filed.statusCode()).as(filed.body()).isEqualTo(302);
	}

	/** The citizen's document in the page's case file, under the name it was filed with. */
	private static Element theDocument(Document page) {
		List<Element> listed = page.select("#case-file-documents li");
		assertThat(listed).as(page.title()).hasSize(1);
		Element document = listed.get(0);
		assertThat(document.select(".file-name").text()).isEqualTo(NAME);
		return document;
	}

	/** Its download link gives the file's bytes under its own name; its name opens it in a new tab. */
	private static void assertDownloads(PageMannersTest.Client client, Element document) throws IOException {
		HttpResponse<byte[]> download = client.getBytes(document.select("a.download").attr("href"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				d -> assertThat(d).startsWith("attachment").contains("filename*=UTF-8''"));
		Element open = document.selectFirst("a.file-name");
		assertThat(open.attr("target")).isEqualTo("_blank");
		HttpResponse<byte[]> opened = client.getBytes(open.attr("href"));
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(opened.body()).isEqualTo(PDF);
	}

	private static Document page(PageMannersTest.Client client, String path) throws IOException {
		HttpResponse<String> page = client.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(page.body());
	}

	private PageMannersTest.Client officer(String username) throws IOException {
		return new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(username);
	}

	private String text(String key, String language, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
	}
}
