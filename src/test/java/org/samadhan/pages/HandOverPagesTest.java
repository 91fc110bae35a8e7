package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Staff;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SHO's pages for work whose officer left: the "to hand on" list, and the hand-over form on
 * the complaint's page, refusing a missing reason next to its field in the page's language.
 */
@SamadhanTest
class HandOverPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	Api api;

	Staff staff;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		staff = new Staff(api, jdbc);
	}

	@Test
	void theShoFindsATransferredOfficersEnquiryOnTheListAndHandsItOnFromTheComplaintsPage() throws IOException {
		String station = staff.station("admin.rampur", "RAMPUR_CIRCLE_CITY");
		Staff.Member sho = staff.create("admin.rampur", station, "SHO");
		Staff.Member leaving = staff.create("admin.rampur", station + "_HALKA_1", "IO");
		Staff.Member taking = staff.create("admin.rampur", station + "_HALKA_2", "IO");
		String reference = new Story(api).filed("THEFT");
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);
		expect(api.as(sho.username()).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", leaving.id())), 200);
		expect(staff.transfer("admin.rampur", leaving.id(), "RAMPUR_GANJ_HALKA_1", "IO"), 200);

		PageMannersTest.Client browser = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(sho.username());
		Document home = Jsoup.parse(browser.get("/home").body());
		assertThat(home.select("a[href=/cases/to-reassign]")).hasSize(1);
		Document list = Jsoup.parse(browser.get("/cases/to-reassign").body());
		assertThat(list.select("h1").text()).isEqualTo(text("page.list.to-reassign.title", "hi"));
		assertThat(list.select("#cases li[data-reference=" + reference + "]")).hasSize(1);

		Document page = Jsoup.parse(browser.get("/cases/" + reference).body());
		assertThat(page.select("#hand-over .hint").text()).isEqualTo(text("page.case.hand-over.waiting", "hi"));
		assertThat(page.select("#hand-over-officer option").eachAttr("value")).contains(String.valueOf(taking.id()))
			.doesNotContain(String.valueOf(leaving.id()));
		assertThat(page.select("label[for=hand-over-reason]")).hasSize(1);
		String token = PageMannersTest.csrfToken(page.html());
		HttpResponse<String> refused = browser.post("/cases/" + reference + "/hand-over",
				"_csrf=" + token + "&officerId=" + taking.id() + "&reason=");
		assertThat(Jsoup.parse(refused.body()).select("#hand-over-reason-error").text())
			.isEqualTo(text("complaint.reason.required", "hi"));
		HttpResponse<String> done = browser.post("/cases/" + reference + "/hand-over", "_csrf=" + token + "&officerId="
				+ taking.id() + "&reason=" + URLEncoder.encode("पूर्व अधिकारी का स्थानांतरण", StandardCharsets.UTF_8));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(expect(api.as(taking.username()).get("/api/complaints/" + reference), 200).field("status"))
			.isEqualTo("ASSIGNED");
		Document after = Jsoup.parse(browser.get("/cases/" + reference).body());
		assertThat(after.select("#history").text()).contains(text("action.HAND_OVER", "hi"))
			.contains(text("action.ENQUIRY_RELEASED", "hi"));
		assertThat(after.select("#history .post").eachText()).as("the post the SHO held when assigning")
			.contains(messages.getMessage("page.case.posted-at", new Object[] { "परीक्षा थाना " + station },
					Locale.forLanguageTag("hi")));
	}

	@Test
	void anInvestigatingOfficerGetsTheNotAllowedPageForTheList() throws IOException {
		PageMannersTest.Client io = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(Story.IO);
		assertThat(io.get("/cases/to-reassign").statusCode()).isEqualTo(403);
	}

	private String text(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}
}
