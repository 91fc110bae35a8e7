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
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The search page and the filters of the work lists, as officers use them in a browser, in Hindi
 * (as pages start) and in English: one box for a reference number, a mobile number or words; a
 * mistyped number offers what it may have meant; a refused filter comes back next to its field;
 * and the helpline operator reaches a caller's earlier complaints from the mobile number alone,
 * only those the operator's posting lets them open.
 */
@SamadhanTest
class SearchPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	Api api;

	Story story;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
	}

	@Test
	void theSearchBoxFindsHindiWordsInAnotherInflectionAndAMobileNumberInHindiAndEnglish() throws IOException {
		String nonce = nonce();
		String mobile = Story.freshMobile();
		String goat = file(mobile, "रात में मेरी बकरी चोरी हो गई। " + nonce);
		PageMannersTest.Client cell = officer(Story.CELL);

		Document hindi = page(cell, "/cases/search?text=" + encode("बकरियाँ " + nonce));
		assertThat(hindi.select("h1").text()).isEqualTo(text("page.search.title", "hi"));
		assertThat(hindi.select("label[for=text]").text()).isEqualTo(text("page.search.text", "hi"));
		assertThat(references(hindi)).containsExactly(goat);
		assertThat(hindi.select("#cases a").attr("href")).isEqualTo("/cases/" + goat);

		Document english = page(cell, "/cases/search?lang=en&text=" + encode("+91 " + mobile.substring(0, 5) + " "
				+ mobile.substring(5)));
		assertThat(english.select("h1").text()).isEqualTo(text("page.search.title", "en"));
		assertThat(english.select("#text").val()).as("kept as typed").startsWith("+91 ");
		assertThat(references(english)).containsExactly(goat);
		assertThat(english.select("#cases a").text()).isEqualTo(ReferenceNumber.parse(goat).grouped());
	}

	@Test
	void aMistypedReferenceNumberOffersTheNumbersItMayHaveMeantThatTheOfficerMayOpen() throws IOException {
		String reference = story.filed("THEFT");
		char[] digits = reference.toCharArray();
		char swap = digits[5];
		digits[5] = digits[6];
		digits[6] = swap;
		String mistyped = digits[5] == digits[6] ? reference.substring(0, 12) + ((reference.charAt(12) - '0' + 1) % 10)
				: new String(digits);
		Document page = page(officer(Story.CELL), "/cases/search?text=" + encode(ReferenceNumber.digitsOf(mistyped)));
		assertThat(page.select("#text-error").text()).contains(text("reference.mistyped", "hi").substring(0, 10));
		assertThat(page.select("#did-you-mean a").eachAttr("href")).contains("/cases/" + reference);
		assertThat(page.select("#cases")).isEmpty();

		Document sho = page(officer(Story.SHO), "/cases/search?text=" + mistyped);
		assertThat(sho.select("#did-you-mean a").eachAttr("href")).as("not in the SHO's station")
			.doesNotContain("/cases/" + reference);
	}

	@Test
	void aRefusedFilterComesBackNextToItsFieldInThePagesLanguage() throws IOException {
		PageMannersTest.Client cell = officer(Story.CELL);
		Document hindi = page(cell, "/cases/search?text=" + nonce() + "&age=OLD");
		Element error = hindi.select("select#age ~ p.error").first();
		assertThat(error).isNotNull();
		assertThat(error.text()).isEqualTo(messages.getMessage("complaint.search.age.unknown", new Object[] { "OLD" },
				Locale.forLanguageTag("hi")));
		assertThat(hindi.select("details.filters").hasAttr("open")).as("opened to show the error").isTrue();

		Document english = page(cell, "/cases/district-inbox?lang=en&mobile=1&text=x&defaulter=maybe");
		assertThat(english.select("p.error").eachText()).contains(messages.getMessage("complaint.search.yes-no",
				new Object[] { "defaulter", "maybe" }, Locale.ENGLISH));
	}

	@Test
	void theStationInboxFiltersByCategoryAndOrdersOldestFirst() throws IOException {
		String theft = story.marked("THEFT");
		String land = story.marked("LAND_DISPUTE");
		PageMannersTest.Client sho = officer(Story.SHO);
		Document all = page(sho, "/cases/station-inbox");
		assertThat(all.select("details.filters")).hasSize(1);
		assertThat(all.select("select#status")).as("one status: none to choose").isEmpty();
		assertThat(all.select("select#officer option")).as("the station's investigating officers").hasSizeGreaterThan(1);
		List<String> lands = references(page(sho, "/cases/station-inbox?category=LAND_DISPUTE"));
		assertThat(lands).contains(land).doesNotContain(theft);
		List<String> oldest = references(page(sho, "/cases/station-inbox?sort=OLDEST"));
		assertThat(oldest.indexOf(theft)).isLessThan(oldest.indexOf(land));
		List<String> newest = references(page(sho, "/cases/station-inbox"));
		assertThat(newest.indexOf(land)).isLessThan(newest.indexOf(theft));
	}

	@Test
	void theHelplineOperatorReachesACallersEarlierComplaintsFromTheMobileNumberAloneWithinTheirPosting()
			throws IOException {
		String mobile = Story.freshMobile();
		String atGanj = file(mobile, "मेरी भैंस खो गई। " + nonce());
		expect(api.as(Story.CELL).post("/api/complaints/" + atGanj + "/mark", Map.of("stationCode", "RAMPUR_GANJ")),
				200);
		String query = "/operator/complaints/new/earlier?mobile=" + encode("0" + mobile);

		Document district = Jsoup.parse(officer("operator.rampur").get(query).body());
		assertThat(district.select("#earlier-complaints li a").eachAttr("href")).containsExactly("/cases/" + atGanj);
		String all = district.select("#earlier-all").attr("href");
		assertThat(references(page(officer("operator.rampur"), all))).containsExactly(atGanj);

		Document kotwali = Jsoup.parse(officer("frontdesk.kotwali").get(query).body());
		assertThat(kotwali.select("a")).as("nothing of a complaint at another station").isEmpty();
		assertThat(kotwali.text()).doesNotContain(atGanj).doesNotContain(ReferenceNumber.parse(atGanj).grouped());
		assertThat(Jsoup.parse(officer("operator.rampur").get("/operator/complaints/new/earlier?mobile=98765").body())
			.select("a")).as("an unfinished number").isEmpty();
	}

	@Test
	void theHomePageListsTheSearchPageForOfficersWhoReadComplaintsAndEveryInputHasALabel() throws IOException {
		for (String officer : List.of(Story.IO, "operator.rampur", Story.SHO, Story.ASP, "feedback.rampur")) {
			assertThat(page(officer(officer), "/home").select("a[href=/cases/search]")).as(officer).hasSize(1);
		}
		assertThat(page(officer("admin.rampur"), "/home").select("a[href=/cases/search]")).isEmpty();
		assertThat(officer("admin.rampur").get("/cases/search").statusCode()).isEqualTo(403);
		for (String path : List.of("/cases/search", "/cases/search?text=x&status=CLOSED", "/cases/district-inbox")) {
			Document page = page(officer(Story.CELL), path);
			for (Element input : page.select("main input, main select, main textarea")) {
				if (input.attr("type").equals("hidden")) {
					continue;
				}
				assertThat(input.id()).as(path + ": " + input).isNotEmpty();
				assertThat(page.select("label[for=" + input.id() + "]")).as(path + ": label for " + input.id()).hasSize(1);
			}
		}
	}

	private String file(String mobile, String description) {
		Map<String, Object> body = new java.util.LinkedHashMap<>(Story.complaint(mobile, "THEFT"));
		body.put("description", description);
		return expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference");
	}

	private static Document page(PageMannersTest.Client client, String path) throws IOException {
		HttpResponse<String> response = client.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private static List<String> references(Document page) {
		return page.select("#cases li").eachAttr("data-reference");
	}

	private PageMannersTest.Client officer(String username) throws IOException {
		return new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(username);
	}

	private String text(String key, String language) {
		return messages.getMessage(key, null, Locale.forLanguageTag(language));
	}

	private static String nonce() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.append('k').toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
