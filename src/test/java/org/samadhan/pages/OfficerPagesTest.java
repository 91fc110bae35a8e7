package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The officers' pages refuse as a person can read: a page for another role is the 403 page, a
 * complaint of another station the 404 page (as if it did not exist), and a refused form comes
 * back with the module's message next to its field, in the page's language; and every input has a
 * label.
 */
@SamadhanTest
class OfficerPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	Story story;

	@BeforeEach
	void connect() {
		story = new Story(Api.at(port));
	}

	@Test
	void anOfficerOpeningAnotherRolesPageGetsTheNotAllowedPageInHindi() throws IOException {
		HttpResponse<String> page = officer(Story.IO).get("/cases/district-inbox");
		assertThat(page.statusCode()).isEqualTo(403);
		Document html = Jsoup.parse(page.body());
		assertThat(html.select("h1").text()).isEqualTo("अनुमति नहीं");
		assertThat(html.select("main .lead").text()).isEqualTo(text("page.role-required", "hi"));
		assertThat(officer(Story.SHO).get("/desk/calls").statusCode()).isEqualTo(403);
		assertThat(officer(Story.IO).get("/operator/complaints/new").statusCode()).isEqualTo(403);
		assertThat(officer(Story.CELL).get("/cases/district-inbox").statusCode()).isEqualTo(200);
	}

	@Test
	void aComplaintOfAnotherStationIsThePageNotFoundAsIfItDidNotExist() throws IOException {
		String reference = story.filed("THEFT");
		expect(Api.at(port).as(Story.CELL).post("/api/complaints/" + reference + "/mark",
				Map.of("stationCode", "RAMPUR_GANJ")), 200);
		PageMannersTest.Client sho = officer(Story.SHO);
		for (String path : List.of("/cases/" + reference, "/cases/" + reference + "/enquiry",
				"/cases/" + reference + "/review")) {
			HttpResponse<String> page = sho.get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(page.body()).select("h1").text()).as(path).isEqualTo("पृष्ठ नहीं मिला");
		}
		assertThat(officer(Story.CELL).get("/cases/" + reference).statusCode()).isEqualTo(200);
	}

	@Test
	void aRefusedFormComesBackWithTheModulesMessageNextToTheFieldInThePagesLanguage() throws IOException {
		String reference = story.marked("THEFT");
		PageMannersTest.Client sho = officer(Story.SHO);
		Document page = Jsoup.parse(sho.get("/cases/" + reference).body());
		HttpResponse<String> refused = sho.post("/cases/" + reference + "/assign",
				"_csrf=" + PageMannersTest.csrfToken(page.html()) + "&officerId=&note=" + encode("जल्दी करें"));
		assertThat(refused.statusCode()).isEqualTo(200);
		Document again = Jsoup.parse(refused.body());
		assertThat(again.select("#assign-officer-error").text()).isEqualTo(text("complaint.officer.required", "hi"));
		assertThat(again.select("#assign-note").text()).as("kept as typed").isEqualTo("जल्दी करें");
		Element summary = again.selectFirst("main > h1 + #refusal");
		assertThat(summary).as("the refusal once more right under the heading, seen without scrolling").isNotNull();
		assertThat(summary.attr("role")).isEqualTo("alert");
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		assertThat(summary.select("li").eachText()).containsExactly(text("complaint.officer.required", "hi"));
		assertThat(summary.select("a").attr("href")).isEqualTo("#assign");
		assertThat(again.select("#assign")).hasSize(1);
		assertThat(story.status(reference)).isEqualTo("STATION_INBOX");

		sho.get("/cases/" + reference + "?lang=en");
		HttpResponse<String> english = sho.post("/cases/" + reference + "/send-back",
				"_csrf=" + PageMannersTest.csrfToken(page.html()) + "&reason=");
		assertThat(Jsoup.parse(english.body()).select("#send-back-reason-error").text())
			.isEqualTo(text("complaint.reason.required", "en"));
	}

	@Test
	void aReportRefusedForMissingWorkNamesEveryMissingPieceOnTheEnquiryPage() throws IOException {
		String reference = story.assigned("LAND_DISPUTE");
		// A witness's word starts the enquiry but is none of the work a report needs.
		expect(Api.at(port).as(Story.IO).post("/api/complaints/" + reference + "/statements",
				Map.of("party", "WITNESS", "personName", "रामू", "text", "कुछ नहीं देखा।")), 201);
		PageMannersTest.Client io = officer(Story.IO);
		Document page = Jsoup.parse(io.get("/cases/" + reference + "/enquiry").body());
		HttpResponse<String> refused = io.post("/cases/" + reference + "/enquiry/report", "_csrf="
				+ PageMannersTest.csrfToken(page.html()) + "&findings=" + encode("देखा") + "&actionTaken=FIR_REGISTERED");
		List<String> said = Jsoup.parse(refused.body()).select("#report-refused p").eachText();
		assertThat(said).contains(text("report.refused", "hi"), text("report.missing.contact", "hi"),
				text("report.missing.site-visit", "hi"), text("report.missing.complainant-statement", "hi"),
				text("report.missing.opposite-party-statement", "hi"), text("report.missing.fir-number", "hi"));
		assertThat(story.status(reference)).isEqualTo("UNDER_ENQUIRY");
	}

	@Test
	void theEnquiryPagesChecklistShowsEachMissingPieceUntickedOnAFreshEnquiryAndTickedOnceTheWorkIsRecorded()
			throws IOException {
		String reference = story.assigned("LAND_DISPUTE");
		PageMannersTest.Client io = officer(Story.IO);
		List<String> needs = List.of("report.need.contact", "report.need.site-visit",
				"report.need.complainant-statement", "report.need.opposite-party-statement");

		Document fresh = Jsoup.parse(io.get("/cases/" + reference + "/enquiry").body());
		assertThat(fresh.select("#checklist li").eachText())
			.containsExactlyElementsOf(needs.stream().map(key -> missing(key, "hi")).toList());
		assertThat(fresh.select("#checklist li[data-done=true]")).isEmpty();
		assertThat(fresh.select("#checklist").text()).doesNotContain(text("page.enquiry.checklist.ready", "hi"));

		expect(Api.at(port).as(Story.IO).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(),
						"mode", "CALL", "outcome", "REACHED", "note", "बात हुई")), 201);
		Document contacted = Jsoup.parse(io.get("/cases/" + reference + "/enquiry?lang=en").body());
		assertThat(contacted.select("#checklist li").eachText()).containsExactly(done(needs.get(0), "en"),
				missing(needs.get(1), "en"), missing(needs.get(2), "en"), missing(needs.get(3), "en"));

		story.recordWork(reference, Story.IO, true);
		Document ready = Jsoup.parse(io.get("/cases/" + reference + "/enquiry?lang=hi").body());
		assertThat(ready.select("#checklist li").eachText())
			.containsExactlyElementsOf(needs.stream().map(key -> done(key, "hi")).toList());
		assertThat(ready.select("#checklist li[data-done=false]")).isEmpty();
		assertThat(ready.select("#checklist p").text()).isEqualTo(text("page.enquiry.checklist.ready", "hi"));
	}

	@Test
	void theChecklistAsksOnlyForTheStatementsTheCategoryNeeds() throws IOException {
		String reference = story.assigned("THEFT");
		Document page = Jsoup.parse(officer(Story.IO).get("/cases/" + reference + "/enquiry").body());
		assertThat(page.select("#checklist li").eachText()).containsExactly(missing("report.need.contact", "hi"),
				missing("report.need.site-visit", "hi"), missing("report.need.complainant-statement", "hi"));
	}

	@Test
	void aReportWithNothingRecordedIsRefusedNamingEveryMissingPieceAtTheTopInHindiAndEnglish() throws IOException {
		String reference = story.assigned("LAND_DISPUTE");
		PageMannersTest.Client io = officer(Story.IO);
		for (String language : List.of("hi", "en")) {
			Document page = Jsoup.parse(io.get("/cases/" + reference + "/enquiry?lang=" + language).body());
			HttpResponse<String> refused = io.post("/cases/" + reference + "/enquiry/report",
					"_csrf=" + PageMannersTest.csrfToken(page.html()) + "&findings=&actionTaken=");
			assertThat(refused.statusCode()).isEqualTo(200);
			Document again = Jsoup.parse(refused.body());
			assertThat(again.select("main > h1 + #refusal > p").first().text()).as(language)
				.isEqualTo(text("report.refused", language));
			List<String> expected = List.of(text("report.missing.contact", language),
					text("report.missing.site-visit", language), text("report.missing.complainant-statement", language),
					text("report.missing.opposite-party-statement", language),
					text("report.findings.required", language), text("report.action.required", language));
			assertThat(again.select("main > h1 + #refusal li").eachText()).as(language).containsExactlyElementsOf(expected);
			assertThat(again.select("#refusal a").attr("href")).isEqualTo("#report");
			assertThat(again.select("#report-refused p").eachText()).as(language)
				.containsExactlyElementsOf(Stream.concat(Stream.of(text("report.refused", language)),
						expected.subList(0, 4).stream()).toList());
			assertThat(again.select("#report-findings-error").text()).isEqualTo(text("report.findings.required", language));
		}
		assertThat(story.status(reference)).isEqualTo("ASSIGNED");
	}

	@Test
	void aRefusedApprovalIsSummedUpUnderTheReviewPagesHeadingWithALinkToItsForm() throws IOException {
		String reference = story.reported("THEFT");
		PageMannersTest.Client sho = officer(Story.SHO);
		Document page = Jsoup.parse(sho.get("/cases/" + reference + "/review").body());
		HttpResponse<String> refused = sho.post("/cases/" + reference + "/review/approve",
				"_csrf=" + PageMannersTest.csrfToken(page.html()) + "&grade=&remarks=&flagOverrideReason=");
		assertThat(refused.statusCode()).isEqualTo(200);
		Document again = Jsoup.parse(refused.body());
		Element summary = again.selectFirst("main > h1 + #refusal[role=alert]");
		assertThat(summary).isNotNull();
		List<String> onTheForm = new java.util.ArrayList<>(again.select("#approve-refused p").eachText());
		onTheForm.addAll(again.select("#approve .error").eachText());
		assertThat(onTheForm).isNotEmpty();
		assertThat(summary.select("li, p:not(:has(a))").eachText()).containsExactlyInAnyOrderElementsOf(onTheForm);
		assertThat(summary.select("a").attr("href")).isEqualTo("#approve");
		assertThat(story.status(reference)).isEqualTo("REPORT_SUBMITTED");
	}

	@Test
	void theInvestigatingOfficerProposesSpecialClosureWithItsEvidenceFileFromTheEnquiryPage() throws IOException {
		String reference = story.assigned("LAND_DISPUTE");
		PageMannersTest.Client io = officer(Story.IO);
		Document page = Jsoup.parse(io.get("/cases/" + reference + "/enquiry").body());
		assertThat(page.select("#special-closure form input[name=_csrf]")).as("CSRF").hasSize(1);
		String token = PageMannersTest.csrfToken(page.html());

		HttpResponse<String> refused = io.postFile("/cases/" + reference + "/enquiry/special-closure",
				Map.of("_csrf", token, "subject", "CIVIL_DISPUTE", "reason", " "), "evidence", "order.pdf", PDF);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document again = Jsoup.parse(refused.body());
		assertThat(again.select("#closure-reason-error").text()).isEqualTo(text("complaint.reason.required", "hi"));
		assertThat(again.select("#closure-subject option[selected]").val()).as("kept as chosen").isEqualTo("CIVIL_DISPUTE");
		assertThat(story.status(reference)).isEqualTo("ASSIGNED");
		assertThat(evidenceFiles(reference)).as("a refused form stores no file").isZero();

		HttpResponse<String> untried = io.postFile("/cases/" + reference + "/enquiry/special-closure",
				Map.of("_csrf", token, "subject", "CIVIL_DISPUTE", "reason", "खेत की मेड़ का दीवानी विवाद"), "evidence",
				"order.pdf", PDF);
		assertThat(Jsoup.parse(untried.body()).text()).as("no attempt to reach the complainant yet")
			.contains(text("special-closure.missing.contact", "hi"));
		assertThat(evidenceFiles(reference)).isZero();

		story.triedToReach(reference, Story.IO);
		HttpResponse<String> proposed = io.postFile("/cases/" + reference + "/enquiry/special-closure",
				Map.of("_csrf", token, "subject", "CIVIL_DISPUTE", "reason", "खेत की मेड़ का दीवानी विवाद"), "evidence",
				"order.pdf", PDF);
		assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(302);
		assertThat(story.status(reference)).isEqualTo("SPECIAL_CLOSURE_PROPOSED");
		assertThat(evidenceFiles(reference)).isEqualTo(1);
		assertThat(jdbc.sql("select a.purpose from review_special_closure s join attachment a on a.id = s.evidence_id "
				+ "join complaint c on c.id = s.complaint_id where c.reference = ?").param(reference)
			.query(String.class).single()).isEqualTo("CLOSURE_EVIDENCE");
	}

	@Test
	void aScannedSignedStatementIsAttachedToTheRecordedStatement() throws IOException {
		String reference = story.assigned("THEFT");
		long statement = expect(Api.at(port).as(Story.IO).post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "सीता")), 201).json().get("id").asLong();
		PageMannersTest.Client io = officer(Story.IO);
		Document page = Jsoup.parse(io.get("/cases/" + reference + "/enquiry").body());
		assertThat(page.select("label[for=scan-" + statement + "]").text()).isEqualTo(text("page.enquiry.scan", "hi"));
		String path = "/cases/" + reference + "/enquiry/statements/" + statement + "/scan";
		HttpResponse<String> empty = io.postFile(path, Map.of("_csrf", PageMannersTest.csrfToken(page.html())), "scan",
				"", new byte[0]);
		assertThat(Jsoup.parse(empty.body()).select("#statements .alert").text())
			.isEqualTo(text("page.enquiry.scan.required", "hi"));

		HttpResponse<String> done = io.postFile(path, Map.of("_csrf", PageMannersTest.csrfToken(page.html())), "scan",
				"statement.pdf", PDF);
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select a.purpose from enquiry_statement s join attachment a on a.id = s.attachment_id "
				+ "where s.id = ?").param(statement).query(String.class).single()).isEqualTo("STATEMENT_SCAN");
		Document after = Jsoup.parse(io.get("/cases/" + reference + "/enquiry").body());
		assertThat(after.select("#statements a.scan")).hasSize(1);
		assertThat(after.select("#scan-" + statement)).as("one scan per statement").isEmpty();
		assertThat(io.get(after.select("#statements a.scan").attr("href")).statusCode()).isEqualTo(200);
	}

	private long evidenceFiles(String reference) {
		return jdbc.sql("select count(*) from attachment a join complaint c on c.id = a.complaint_id "
				+ "where c.reference = ? and a.purpose = 'CLOSURE_EVIDENCE'").param(reference).query(Long.class).single();
	}

	private static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
		.getBytes(StandardCharsets.ISO_8859_1);

	@Test
	void aThanasFrontDeskLearnsNothingOfARepeatOutsideItsPostingWhileTheDistrictOperatorSeesIt() throws IOException {
		String mobile = Story.freshMobile();
		String earlier = expect(Api.at(port).anonymous().post("/api/public/complaints", Story.complaint(mobile, "THEFT")),
				201).field("reference");
		expect(Api.at(port).as(Story.CELL).post("/api/complaints/" + earlier + "/mark",
				Map.of("stationCode", "RAMPUR_GANJ")), 200);
		String query = "/operator/complaints/new/repeats?districtCode=RAMPUR&mobile=" + mobile;

		Document kotwali = Jsoup.parse(officer("frontdesk.kotwali").get(query).body());
		assertThat(kotwali.text()).doesNotContain(messages.getMessage("page.operator.repeats", new Object[] { 1 },
				Locale.forLanguageTag("hi")))
			.doesNotContain(earlier);
		assertThat(kotwali.select("a")).isEmpty();

		Document district = Jsoup.parse(officer("operator.rampur").get(query).body());
		assertThat(district.text()).contains(messages.getMessage("page.operator.repeats", new Object[] { 1 },
				Locale.forLanguageTag("hi")));
		assertThat(district.select("a").eachText()).containsExactly(earlier);
		assertThat(jdbc.sql("select count(*) from complaint where complainant_mobile = ?").param(mobile)
			.query(Long.class).single()).as("asking registers nothing").isEqualTo(1);
	}

	@Test
	void everyInputOnTheOfficersPagesHasALabel() throws IOException {
		String reference = story.assigned("LAND_DISPUTE");
		String marked = story.filed("THEFT");
		Map<String, List<String>> pages = Map.of(Story.CELL, List.of("/cases/" + marked, "/cases/district-inbox"),
				"operator.rampur", List.of("/operator/complaints/new"), Story.IO,
				List.of("/cases/" + reference + "/enquiry", "/cases/mine"), Story.SHO,
				List.of("/cases/reviews", "/cases/pauses"), "feedback.rampur", List.of("/desk/calls"));
		for (Map.Entry<String, List<String>> officer : pages.entrySet()) {
			PageMannersTest.Client client = officer(officer.getKey());
			for (String path : officer.getValue()) {
				HttpResponse<String> response = client.get(path);
				assertThat(response.statusCode()).as(path).isEqualTo(200);
				Document page = Jsoup.parse(response.body());
				for (Element input : page.select("main input, main select, main textarea")) {
					String type = input.attr("type");
					if (type.equals("hidden") || type.equals("submit") || type.equals("button")) {
						continue;
					}
					assertThat(input.id()).as(path + ": " + input).isNotEmpty();
					assertThat(page.select("label[for=" + input.id() + "]")).as(path + ": label for " + input.id())
						.hasSize(1);
				}
			}
		}
	}

	private PageMannersTest.Client officer(String username) throws IOException {
		return new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(username);
	}

	private String text(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

	private String missing(String need, String language) {
		return messages.getMessage("page.enquiry.checklist.missing", new Object[] { text(need, language) },
				Locale.forLanguageTag(language));
	}

	private String done(String need, String language) {
		return messages.getMessage("page.enquiry.checklist.done", new Object[] { text(need, language) },
				Locale.forLanguageTag(language));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
