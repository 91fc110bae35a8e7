package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.ASP;
import static org.samadhan.support.Story.CELL;
import static org.samadhan.support.Story.CO;
import static org.samadhan.support.Story.IO;
import static org.samadhan.support.Story.SHO;
import static org.samadhan.support.Story.expect;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * Repeat complaints: a new complaint from the same mobile, or with near-identical text of many words
 * about the same place, within the window, is linked to the earlier one; a repeat from the same
 * mobile about the same matter of a settled complaint says its disposal failed, on both complaints
 * and in the failed-disposal list of its reviewers. A link from another mobile is a hint only.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
class RepeatComplaintScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	Api api;

	Story story;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
	}

	@Test
	void aSecondComplaintFromTheSameMobileIsLinkedToTheFirst() {
		String mobile = Story.freshMobile();
		String first = file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));
		String second = file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));

		JsonNode links = repeats(second);
		assertThat(links).hasSize(1);
		JsonNode link = links.get(0);
		assertThat(link.get("otherReference").asString()).isEqualTo(first);
		assertThat(link.get("role").asString()).isEqualTo("EARLIER");
		assertThat(link.get("reason").asString()).isEqualTo("SAME_MOBILE");
		assertThat(link.get("failedDisposal").asBoolean()).isFalse();
		assertThat(link.get("earlierStatus").asString()).isEqualTo("DISTRICT_INBOX");
		assertThat(link.get("summary").asString()).contains(first, "same mobile");

		JsonNode back = repeats(first);
		assertThat(back).hasSize(1);
		assertThat(back.get(0).get("otherReference").asString()).isEqualTo(second);
		assertThat(back.get(0).get("role").asString()).isEqualTo("LATER");

		JsonNode history = expect(api.as(CELL).get("/api/complaints/" + second + "/history"), 200).json();
		assertThat(history.findValuesAsString("action")).contains("LINKED_AS_REPEAT");
		assertThat(repeats(file(complaint(Story.freshMobile(), PaperDisposalDetectorScenarioTest.uniqueFindings()))))
			.isEmpty();
	}

	@Test
	void nearIdenticalTextAboutTheSamePlaceFromAnotherMobileIsARepeat() {
		String text = PaperDisposalDetectorScenarioTest.uniqueFindings();
		String first = file(complaint(Story.freshMobile(), text));
		Map<String, Object> again = complaint(Story.freshMobile(), text.replaceFirst(" ", ", फिर से "));
		again.put("incidentAddress", "ग्राम रेबडी कलां रामपुर"); // the same address, typed differently
		again.put("incidentLatitude", 28.812);
		String second = file(again);

		JsonNode link = repeats(second).get(0);
		assertThat(link.get("otherReference").asString()).isEqualTo(first);
		assertThat(link.get("reason").asString()).isEqualTo("SIMILAR_TEXT_AND_PLACE");
		assertThat(link.get("similarity").asDouble()).isGreaterThanOrEqualTo(0.8);
		assertThat(link.get("distanceMeters").asDouble()).isBetween(150.0, 300.0);
	}

	@Test
	void theSameTextAboutAnotherPlaceIsNotARepeat() {
		String text = PaperDisposalDetectorScenarioTest.uniqueFindings();
		file(complaint(Story.freshMobile(), text));
		Map<String, Object> elsewhere = complaint(Story.freshMobile(), text);
		elsewhere.put("incidentAddress", "मोहल्ला गंज, बिलासपुर");
		elsewhere.put("incidentLatitude", 28.90); // 10 km north
		String second = file(elsewhere);

		assertThat(repeats(second)).isEmpty();
	}

	@Test
	void aComplaintFromTheSameMobileAfterTheWindowIsNotARepeat() {
		String mobile = Story.freshMobile();
		String text = PaperDisposalDetectorScenarioTest.uniqueFindings();
		file(complaint(mobile, text));
		clock.advance(Duration.ofDays(91));
		String second = file(complaint(mobile, text));

		assertThat(repeats(second)).isEmpty();
	}

	@Test
	void aRepeatOfADisposedComplaintMarksTheDisposalAsFailedOnBothAndForItsReviewers() {
		String mobile = Story.freshMobile();
		String disposed = file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));
		dispose(disposed);

		String repeat = file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));

		JsonNode link = repeats(repeat).get(0);
		assertThat(link.get("otherReference").asString()).isEqualTo(disposed);
		assertThat(link.get("failedDisposal").asBoolean()).isTrue();
		assertThat(link.get("earlierStatus").asString()).isEqualTo("FEEDBACK_PENDING");
		assertThat(link.get("summary").asString()).contains("did not settle");
		JsonNode back = expect(api.as(SHO).inHindi().get("/api/complaints/" + disposed + "/repeats"), 200).json().get(0);
		assertThat(back.get("failedDisposal").asBoolean()).isTrue();
		// the repeat is still in the district inbox, outside the station's sight
		assertThat(back.get("otherReference").isNull()).isTrue();
		assertThat(back.get("summary").asString()).contains("नहीं सुलझा");

		JsonNode failed = expect(api.as(SHO).get("/api/repeats/failed-disposals"), 200).json();
		assertThat(failed.findValuesAsString("disposedReference")).contains(disposed);
		assertThat(expect(api.as(ASP).get("/api/repeats/failed-disposals"), 200).json()
			.findValuesAsString("repeatReference")).contains(repeat);
		assertThat(expect(api.as("sho.ganj").get("/api/repeats/failed-disposals"), 200).json()
			.findValuesAsString("disposedReference")).doesNotContain(disposed);
	}

	@Test
	void repeatsAreShownOnlyToThoseWhoSeeTheComplaint() {
		String mobile = Story.freshMobile();
		file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));
		String second = file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));

		expect(api.as("sho.ganj").get("/api/complaints/" + second + "/repeats"), 404);
		expect(api.as("operator.rampur").get("/api/complaints/" + second + "/repeats"), 200);
	}

	@Test
	void anOfficerWhoCannotSeeTheEarlierComplaintDoesNotLearnItsReferenceFromTheHistory() {
		String mobile = Story.freshMobile();
		String first = file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));
		expect(api.as(CELL).post("/api/complaints/" + first + "/mark", Map.of("stationCode", Story.STATION)), 200);
		String second = file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));
		expect(api.as(CELL).post("/api/complaints/" + second + "/mark", Map.of("stationCode", "RAMPUR_GANJ")), 200);

		expect(api.as("sho.ganj").get("/api/complaints/" + first), 404);
		assertThat(expect(api.as("sho.ganj").get("/api/complaints/" + second + "/repeats"), 200).json().get(0)
			.get("otherReference")
			.isNull()).isTrue();
		JsonNode history = expect(api.as("sho.ganj").get("/api/complaints/" + second + "/history"), 200).json();
		assertThat(history.findValuesAsString("action")).contains("LINKED_AS_REPEAT");
		assertThat(history.toString()).doesNotContain(first);
	}

	/**
	 * The probe's story (issue 9, item 11): two villagers of Rebdi Kalan each lose a buffalo and
	 * say so in the same few common words, from their own mobiles. The second is not the first
	 * come back: no link, and the first complaint's disposal is not held against its IO. The first
	 * villager coming back in other words still is.
	 */
	@Test
	void aNeighboursShortComplaintInTheSameCommonWordsIsNotARepeatAndFailsNoDisposal() {
		String mobile = Story.freshMobile();
		Map<String, Object> buffalo = complaint(mobile, "रात में मेरी भैंस चोरी हो गई");
		buffalo.put("categoryCode", "THEFT");
		String disposed = file(buffalo);
		dispose(disposed);

		String neighboursMobile = Story.freshMobile();
		Map<String, Object> neighbours = complaint(neighboursMobile, "रात में मेरी भैंस चोरी हो गई");
		neighbours.put("categoryCode", "THEFT");
		neighbours.put("complainant",
				Map.of("name", "सलमा बेगम", "mobile", neighboursMobile, "address", "ग्राम रेबड़ी कलां, रामपुर"));
		neighbours.put("incidentLatitude", 28.8105);
		String neighbour = file(neighbours);

		assertThat(repeats(neighbour)).isEmpty();
		assertThat(repeats(disposed)).isEmpty();
		assertThat(expect(api.as(SHO).get("/api/repeats/failed-disposals"), 200).json()
			.findValuesAsString("disposedReference")).doesNotContain(disposed);

		Map<String, Object> again = complaint(mobile, "मेरी भैंस अभी तक नहीं मिली, रात को चोरी हुई थी");
		again.put("categoryCode", "THEFT");
		String repeat = file(again);
		JsonNode link = repeats(repeat).get(0);
		assertThat(link.get("otherReference").asString()).isEqualTo(disposed);
		assertThat(link.get("reason").asString()).isEqualTo("SAME_MOBILE");
		assertThat(link.get("failedDisposal").asBoolean()).isTrue();
		assertThat(expect(api.as(SHO).get("/api/repeats/failed-disposals"), 200).json()
			.findValuesAsString("disposedReference")).contains(disposed);
	}

	@Test
	void aLongNearIdenticalTextFromAnotherMobileIsAHintAndFailsNoDisposal() {
		String text = PaperDisposalDetectorScenarioTest.uniqueFindings();
		String disposed = file(complaint(Story.freshMobile(), text));
		dispose(disposed);

		String other = file(complaint(Story.freshMobile(), text.replaceFirst(" ", ", फिर से ")));

		JsonNode link = repeats(other).get(0);
		assertThat(link.get("otherReference").asString()).isEqualTo(disposed);
		assertThat(link.get("reason").asString()).isEqualTo("SIMILAR_TEXT_AND_PLACE");
		assertThat(link.get("earlierStatus").asString()).isEqualTo("FEEDBACK_PENDING");
		assertThat(link.get("failedDisposal").asBoolean()).isFalse();
		assertThat(link.get("summary").asString()).contains("Possibly related", disposed);
		JsonNode back = expect(api.as(SHO).inHindi().get("/api/complaints/" + disposed + "/repeats"), 200).json().get(0);
		assertThat(back.get("failedDisposal").asBoolean()).isFalse();
		assertThat(back.get("summary").asString()).contains("संभवतः");
		assertThat(expect(api.as(SHO).get("/api/repeats/failed-disposals"), 200).json()
			.findValuesAsString("disposedReference")).doesNotContain(disposed);
	}

	@Test
	void aComplaintFromTheSameMobileAboutAnotherMatterElsewhereIsLinkedButFailsNoDisposal() {
		String mobile = Story.freshMobile();
		String disposed = file(complaint(mobile, PaperDisposalDetectorScenarioTest.uniqueFindings()));
		dispose(disposed);

		Map<String, Object> phone = complaint(mobile, "बाजार में मेरा मोबाइल फोन किसी ने जेब से निकाल लिया");
		phone.put("categoryCode", "THEFT");
		phone.put("incidentAddress", "मोहल्ला गंज, बिलासपुर");
		phone.put("incidentLatitude", 28.90); // 10 km north
		String other = file(phone);

		JsonNode link = repeats(other).get(0);
		assertThat(link.get("otherReference").asString()).isEqualTo(disposed);
		assertThat(link.get("reason").asString()).isEqualTo("SAME_MOBILE");
		assertThat(link.get("failedDisposal").asBoolean()).isFalse();
	}

	/** Takes a complaint at Kotwali through an honest enquiry and three approvals to FEEDBACK_PENDING. */
	void dispose(String reference) {
		expect(api.as(CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", Story.STATION)), 200);
		expect(api.as(SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", story.officerId(SHO, IO), "note", "जाँच करें")), 200);
		work(reference);
		expect(api.as(IO).post("/api/complaints/" + reference + "/report",
				Map.of("findings", PaperDisposalDetectorScenarioTest.uniqueFindings(), "actionTaken", "MEDIATION")), 201);
		for (String reviewer : new String[] { SHO, CO, ASP }) {
			expect(story.approve(reference, reviewer, "B"), 200);
		}
		assertThat(story.status(reference)).isEqualTo("FEEDBACK_PENDING");
	}

	/** The work a report needs, timed on the movable clock (another test may have moved it on). */
	void work(String reference) {
		Api io = api.as(IO);
		String at = clock.instant().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS).toString();
		expect(io.post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", at, "mode", "CALL", "outcome", "REACHED")), 201);
		String visit = expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", at, "latitude", 28.8101, "longitude", 79.0302)), 201).field("id");
		expect(io.upload("/api/complaints/" + reference + "/visits/" + visit + "/photos", "spot.jpg", Story.sitePhoto()), 201);
		for (String party : new String[] { "COMPLAINANT", "OPPOSITE_PARTY" }) {
			expect(io.post("/api/complaints/" + reference + "/statements",
					Map.of("party", party, "personName", "रमेश", "text", "बयान")), 201);
		}
	}

	Map<String, Object> complaint(String mobile, String description) {
		Map<String, Object> body = new HashMap<>(Story.complaint(mobile, "LAND_DISPUTE"));
		body.put("description", description);
		return body;
	}

	String file(Map<String, Object> complaint) {
		return expect(api.anonymous().post("/api/public/complaints", complaint), 201).field("reference");
	}

	JsonNode repeats(String reference) {
		return expect(api.as(CELL).get("/api/complaints/" + reference + "/repeats"), 200).json();
	}
}
