package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.complaint.CitizenAccess;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.ThrottledException;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * A citizen tracks their complaint with its reference number and a one-time code sent to the
 * registered mobile: the code works once; a wrong, used or expired code shows nothing.
 */
@SamadhanTest
@Import({ RecordingSmsGateway.Config.class, MovableClock.Config.class })
class CitizenTrackingScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	MovableClock clock;

	@Autowired
	CitizenAccess citizens;

	Api citizen;

	String mobile;

	String reference;

	@BeforeEach
	void fileAComplaint() {
		citizen = Api.at(port).inHindi();
		mobile = Story.freshMobile();
		reference = expect(citizen.post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
	}

	@Test
	void theComplainantIsToldTheReferenceNumberInHindi() {
		assertThat(sms.textsTo(mobile)).singleElement().asString().contains(reference).contains("शिकायत दर्ज");
	}

	@Test
	void readsTheComplaintOnceWithTheCodeAndSeesOnlyThePublicTimeline() {
		Story story = new Story(Api.at(port));
		Api cell = Api.at(port).as(Story.CELL);
		expect(cell.post("/api/complaints/" + reference + "/mark",
				Map.of("stationCode", Story.STATION, "note", "आंतरिक टिप्पणी: पुराना विवाद")), 200);

		expect(citizen.post("/api/public/complaints/" + reference + "/code", ""), 202);
		String code = sms.lastCodeTo(mobile);
		Api.Response view = expect(citizen.post("/api/public/complaints/" + reference + "/view", Map.of("code", code)),
				200);
		assertThat(view.field("status")).isEqualTo("STATION_INBOX");
		JsonNode timeline = view.json().get("timeline");
		assertThat(timeline).hasSize(3);
		assertThat(view.field("statusText")).isEqualTo("थाने को अग्रसारित");
		assertThat(timeline.get(2).get("text").asString()).isEqualTo("शिकायत जाँच हेतु थाने को भेजी गई।");
		assertThat(view.text()).doesNotContain("आंतरिक टिप्पणी").doesNotContain("IGRS cell");

		expect(citizen.post("/api/public/complaints/" + reference + "/view", Map.of("code", code)), 404);
		assertThat(story.status(reference)).isEqualTo("STATION_INBOX");
	}

	@Test
	void aCodeBurnsAfterFiveWrongTries() {
		expect(citizen.post("/api/public/complaints/" + reference + "/code", ""), 202);
		String code = sms.lastCodeTo(mobile);
		String wrong = code.equals("123456") ? "654321" : "123456";
		for (int i = 0; i < 5; i++) {
			expect(citizen.post("/api/public/complaints/" + reference + "/view", Map.of("code", wrong)), 404);
		}
		expect(citizen.post("/api/public/complaints/" + reference + "/view", Map.of("code", code)), 404);
	}

	@Test
	void anExpiredCodeShowsNothing() {
		expect(citizen.post("/api/public/complaints/" + reference + "/code", ""), 202);
		String code = sms.lastCodeTo(mobile);
		clock.advance(Duration.ofMinutes(11));
		Api.Response expired = citizen.post("/api/public/complaints/" + reference + "/view", Map.of("code", code));
		assertThat(expired.status()).isEqualTo(404);
		assertThat(expired.field("detail")).contains("कोड");
	}

	@Test
	void tellsAMistypedReferenceApartFromAnUnknownOne() {
		String typo = reference.substring(0, 12) + ((reference.charAt(12) - '0' + 1) % 10);
		Api.Response mistyped = Api.at(port).post("/api/public/complaints/" + typo + "/code", "");
		assertThat(mistyped.status()).isEqualTo(400);
		assertThat(mistyped.field("code")).isEqualTo("reference.mistyped");
		expect(Api.at(port).post("/api/public/complaints/" + AccessScopeTest.unknownReference() + "/code", ""), 202);
	}

	@Test
	void limitsCodesPerCallerWithoutLockingOutTheCitizenOrTellingWhichNumbersExist() {
		for (int i = 0; i < 3; i++) {
			expect(citizen.post("/api/public/complaints/" + reference + "/code", ""), 202);
		}
		Api.Response throttled = citizen.post("/api/public/complaints/" + reference + "/code", "");
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(sms.textsTo(mobile)).hasSize(1 + 3);

		String unknown = AccessScopeTest.unknownReference();
		for (int i = 0; i < 3; i++) {
			expect(citizen.post("/api/public/complaints/" + unknown + "/code", ""), 202);
		}
		Api.Response unknownThrottled = citizen.post("/api/public/complaints/" + unknown + "/code", "");
		assertThat(unknownThrottled.status()).isEqualTo(429);
		assertThat(unknownThrottled.field("detail")).isEqualTo(throttled.field("detail"));
	}

	@Test
	void parallelRequestsFromOneCallerAreCountedOneByOne() throws Exception {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			calls.add(pool.submit(() -> {
				start.await();
				try {
					citizens.requestCode(number, "203.0.113.7");
				}
				catch (ThrottledException expected) {
					// the fourth and later requests of this caller
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> call : calls) {
			call.get();
		}
		pool.shutdown();
		assertThat(sms.textsTo(mobile)).hasSize(1 + 3);
	}

	@Test
	void strangersFromManyAddressesCannotMakeTheCitizensOwnRequestFail() {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		for (int stranger = 1; stranger <= 6; stranger++) {
			for (int i = 0; i < 3; i++) {
				citizens.requestCode(number, "198.51.100." + stranger);
			}
		}
		citizens.requestCode(number, "192.0.2.55");
		assertThat(sms.textsTo(mobile)).as("the acknowledgement and at most ten codes an hour").hasSize(1 + 10);
	}
}
