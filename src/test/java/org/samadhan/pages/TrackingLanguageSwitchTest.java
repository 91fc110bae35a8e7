package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.Api;
import org.samadhan.support.PageClient;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;

/**
 * A citizen who read their complaint with the one-time code switches the page's language and is
 * still on their complaint, with no new code; the address of that page is worth nothing to another
 * browser, nor to the same browser for another complaint: both get the form that asks for a code.
 */
@SamadhanTest
@Import(RecordingSmsGateway.Config.class)
class TrackingLanguageSwitchTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	@LocalServerPort
	int port;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	MessageSource messages;

	@Test
	void theSessionThatReadWithTheCodeSwitchesLanguageAndStillSeesItsComplaint() {
		String mobile = Story.freshMobile();
		String reference = filed(mobile);
		PageClient citizen = new PageClient(port);
		String address = readWithCode(citizen, reference, mobile);
		assertThat(address).isEqualTo("/track/" + reference);

		Document hindi = citizen.page(address);
		assertThat(hindi.select("#status").text()).isEqualTo(text("status.DISTRICT_INBOX", HINDI));

		// The switch is a link to the same address with ?lang=: English, then Hindi again.
		String toEnglish = hindi.select("header a.lang").attr("href");
		assertThat(toEnglish).isEqualTo("?lang=en");
		Document english = citizen.page(address + toEnglish);
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("h1").text()).isEqualTo(text("page.tracked.title", Locale.ENGLISH));
		assertThat(english.select("#status").text()).isEqualTo(text("status.DISTRICT_INBOX", Locale.ENGLISH));
		assertThat(english.select("#timeline li")).hasSize(2);

		Document back = citizen.page(address + english.select("header a.lang").attr("href"));
		assertThat(back.select("html").attr("lang")).isEqualTo("hi");
		assertThat(back.select("#status").text()).isEqualTo(text("status.DISTRICT_INBOX", HINDI));
	}

	@Test
	void theCodeStepSwitchesLanguageAndStillAsksForTheCodeOfThatComplaint() {
		String mobile = Story.freshMobile();
		String reference = filed(mobile);
		PageClient citizen = new PageClient(port);
		HttpResponse<String> sent = citizen.submit("/track", "/track/code", Map.of("reference", reference));
		String address = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		String code = sms.lastCodeTo(mobile);

		Document english = citizen.page(address + "?lang=en");
		assertThat(english.select("html").attr("lang")).isEqualTo("en");
		assertThat(english.select("form[action=/track/view] input[name=reference]").val())
			.isEqualTo(ReferenceNumber.parse(reference).grouped());
		assertThat(english.select("#code")).hasSize(1);
		assertThat(sms.lastCodeTo(mobile)).as("no second code sent").isEqualTo(code);

		// The code sent before the switch still reads the complaint.
		HttpResponse<String> read = citizen.post("/track/view", Map.of("_csrf",
				english.select("form[action=/track/view] input[name=_csrf]").attr("value"), "reference", reference, "code", code));
		assertThat(read.statusCode()).isEqualTo(302);
		assertThat(citizen.page("/track/" + reference).select("#status").text())
			.isEqualTo(text("status.DISTRICT_INBOX", Locale.ENGLISH));
	}

	@Test
	void anotherSessionAtTheSameAddressGetsTheFormThatAsksForACode() {
		String mobile = Story.freshMobile();
		String reference = filed(mobile);
		String address = readWithCode(new PageClient(port), reference, mobile);

		PageClient stranger = new PageClient(port);
		Document page = stranger.page(address);
		assertThat(page.select("#status")).as("nothing of the complaint").isEmpty();
		assertThat(page.select("h1").text()).isEqualTo(text("page.track.title", HINDI));
		assertThat(page.select("form[action=/track/code] #reference").val()).as("the reference, to ask for a code")
			.isEqualTo(ReferenceNumber.parse(reference).grouped());
		assertThat(stranger.page(address + "?lang=en").select("#status")).isEmpty();
	}

	@Test
	void theSameSessionAskingForAnotherComplaintGetsTheFormThatAsksForACode() {
		String mobile = Story.freshMobile();
		String mine = filed(mobile);
		String other = filed(Story.freshMobile());
		PageClient citizen = new PageClient(port);
		readWithCode(citizen, mine, mobile);

		Document page = citizen.page("/track/" + other);
		assertThat(page.select("#status")).isEmpty();
		assertThat(page.select("h1").text()).isEqualTo(text("page.track.title", HINDI));
		// Its own complaint is still there: the pass names one complaint and was not widened.
		assertThat(citizen.page("/track/" + mine).select("#status")).hasSize(1);
	}

	@Test
	void aReferenceThatIsNoNumberInTheAddressGetsTheFormWithItsError() {
		HttpResponse<String> response = new PageClient(port).get("/track/abc");
		assertThat(response.statusCode()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#reference-error").text()).isNotBlank();
		assertThat(page.select("#status")).isEmpty();
	}

	/** Asks for the code, types it; answers where the page sent the browser. */
	private String readWithCode(PageClient citizen, String reference, String mobile) {
		HttpResponse<String> sent = citizen.submit("/track", "/track/code", Map.of("reference", reference));
		assertThat(sent.headers().firstValue("Location")).as("the page that asks for the code")
			.hasValueSatisfying(to -> assertThat(to).endsWith("/track/code/" + reference));
		String token = citizen.page("/track").select("form[action=/track/code] input[name=_csrf]").attr("value");
		HttpResponse<String> read = citizen.post("/track/view",
				Map.of("_csrf", token, "reference", reference, "code", sms.lastCodeTo(mobile)));
		assertThat(read.statusCode()).as(read.body()).isEqualTo(302);
		return read.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private String filed(String mobile) {
		return expect(Api.at(port).anonymous().post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
