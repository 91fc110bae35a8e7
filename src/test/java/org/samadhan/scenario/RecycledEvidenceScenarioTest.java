package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.ASP;
import static org.samadhan.support.Story.CELL;
import static org.samadhan.support.Story.IO;
import static org.samadhan.support.Story.SHO;
import static org.samadhan.support.Story.expect;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.NewOfficers;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.SitePhotos;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * Evidence that cannot be recycled (the probe's two stories): the same photograph filed as the site
 * photo of another complaint, as it is or re-encoded, resized or cropped, is flagged with the other
 * complaint named as far as the reader may know it; an officer's own visits 40 km apart logged 10
 * minutes apart are flagged with both places, times and the speed they imply. Different photos and
 * honest travel are not.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
class RecycledEvidenceScenarioTest {

	static final double LAT = 28.81;

	static final double LON = 79.03;

	/** 0.36 degrees of latitude: 40 km north. */
	static final double FORTY_KM = 0.36;

	static final String PASSWORD = "tractor monsoon ladder 42";

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	Api api;

	Story story;

	/** Photos of this run's own places: a later run on the same database draws other ones. */
	final long seed = ThreadLocalRandom.current().nextLong(1L << 40);

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
	}

	@Test
	void theSamePhotographFiledForAnotherComplaintIsFlaggedNamingTheFirst() {
		byte[] photo = SitePhotos.photo(seed);
		String first = assigned(LAT, LON);
		String second = assigned(LAT, LON);
		clock.advance(Duration.ofHours(3));
		work(first, IO, at(-40), LAT, LON, photo);
		expect(file(first, IO), 201);
		work(second, IO, at(-20), LAT, LON, photo);
		expect(file(second, IO), 201);

		assertThat(codes(first, SHO)).isEmpty();
		assertThat(codes(second, SHO)).containsExactly("PHOTO_REUSED");
		JsonNode flag = flags(second, SHO).get(0);
		assertThat(flag.get("data").get("otherReference").asString()).isEqualTo(first);
		assertThat(flag.get("data").get("sameBytes").asBoolean()).isTrue();
		assertThat(flag.get("data").get("distanceBits").asInt()).isZero();
		assertThat(flag.get("data").has("otherComplaintId")).as("no internal id is shown").isFalse();
		assertThat(flag.get("evidence").asString()).contains(first, "very file");
		JsonNode inHindi = expect(api.as(SHO).inHindi().get("/api/complaints/" + second + "/flags"), 200).json();
		assertThat(inHindi.get("current").get("flags").get(0).get("evidence").asString()).contains(first, "फ़ाइल");

		// like every flag: approved only with a written reason
		Api.Response refused = api.as(SHO).post(approvePath(second), Map.of("grade", "C"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.json().get("reasons").get(0).get("code").asString()).isEqualTo("PHOTO_REUSED");
		assertThat(refused.json().get("reasons").get(0).get("message").asString()).contains(first);
		expect(api.as(SHO).post(approvePath(second),
				Map.of("grade", "C", "flagOverrideReason", "दोनों शिकायतें एक ही मेड़ की हैं; फोटो जानबूझकर दोहराई")), 200);
	}

	@Test
	void theSamePictureReencodedResizedOrCroppedIsFlaggedWithHowFarApartTheHashesAre() {
		byte[] original = SitePhotos.photo(seed + 1);
		String first = assigned(LAT, LON);
		clock.advance(Duration.ofHours(3));
		work(first, IO, at(-50), LAT, LON, original);
		expect(file(first, IO), 201);
		Map<String, byte[]> recycled = Map.of("re-encoded at quality 0.5", SitePhotos.reencoded(original, 0.5f),
				"resized to half", SitePhotos.resized(original, 0.5), "cropped 5 % at every edge",
				SitePhotos.cropped(original, 0.05, 0.05, 0.05, 0.05));
		for (Map.Entry<String, byte[]> copy : recycled.entrySet()) {
			String again = assigned(LAT, LON);
			clock.advance(Duration.ofHours(3));
			work(again, IO, at(-30), LAT, LON, copy.getValue());
			expect(file(again, IO), 201);

			// flagged against the first complaint (and against the copies filed before this one)
			assertThat(codes(again, SHO)).as(copy.getKey()).isNotEmpty().containsOnly("PHOTO_REUSED");
			JsonNode againstFirst = null;
			for (JsonNode flag : flags(again, SHO)) {
				if (first.equals(flag.get("data").get("otherReference").asString())) {
					againstFirst = flag;
				}
			}
			assertThat(againstFirst).as(copy.getKey()).isNotNull();
			assertThat(againstFirst.get("data").get("sameBytes").asBoolean()).as(copy.getKey()).isFalse();
			assertThat(againstFirst.get("data").get("distanceBits").asInt()).as(copy.getKey()).isBetween(0, 6);
			assertThat(againstFirst.get("evidence").asString()).contains(first, "of 64 bits");
		}
	}

	@Test
	void differentPhotosOfTheSameKindOfPlaceAreNotFlagged() {
		List<byte[]> photos = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			photos.add(SitePhotos.photo(seed + 10 + i));
		}
		// the first place again, from a few steps aside, in other light, with other people about
		photos.add(SitePhotos.shot(seed + 10, 0.15, 0.85, seed + 99));
		List<String> references = new ArrayList<>();
		for (byte[] photo : photos) {
			references.add(assigned(LAT, LON));
		}
		clock.advance(Duration.ofHours(3));
		for (int i = 0; i < photos.size(); i++) {
			work(references.get(i), IO, at(-60 + i * 10), LAT, LON, photos.get(i));
			expect(file(references.get(i), IO), 201);
		}
		for (String reference : references) {
			assertThat(codes(reference, SHO)).isEmpty();
		}
	}

	@Test
	void aReaderOutsideTheOtherComplaintsPostingLearnsOnlyItsStation() {
		byte[] photo = SitePhotos.photo(seed + 2);
		String kotwali = assigned(LAT, LON);
		String ganj = assigned(LAT, LON, "RAMPUR_GANJ", "sho.ganj", "io.ganj.1");
		clock.advance(Duration.ofHours(3));
		work(kotwali, IO, at(-40), LAT, LON, photo);
		expect(file(kotwali, IO), 201);
		work(ganj, "io.ganj.1", at(-20), LAT, LON, photo);
		expect(file(ganj, "io.ganj.1"), 201);

		JsonNode seenFromGanj = flags(ganj, "sho.ganj").get(0);
		assertThat(seenFromGanj.get("code").asString()).isEqualTo("PHOTO_REUSED");
		assertThat(seenFromGanj.get("evidence").asString()).doesNotContain(kotwali).contains("outside your posting");
		assertThat(seenFromGanj.get("data").has("otherReference")).isFalse();
		assertThat(seenFromGanj.get("data").has("otherAttachmentId")).isFalse();
		assertThat(seenFromGanj.get("data").get("otherUnit").asString()).isNotBlank();
		assertThat(seenFromGanj.get("evidence").asString()).contains(seenFromGanj.get("data").get("otherUnit").asString());
		Api.Response refused = api.as("sho.ganj").post(approvePath(ganj), Map.of("grade", "C"));
		assertThat(refused.json().get("reasons").get(0).get("message").asString()).doesNotContain(kotwali);

		JsonNode seenFromDistrict = flags(ganj, ASP).get(0);
		assertThat(seenFromDistrict.get("data").get("otherReference").asString()).isEqualTo(kotwali);
		assertThat(seenFromDistrict.get("evidence").asString()).contains(kotwali);
	}

	@Test
	void visitsFortyKilometresApartTenMinutesApartByOneOfficerAreFlaggedWithBothPlacesAndTheSpeed() {
		String officer = newOfficer();
		String near = assigned(LAT, LON, Story.STATION, SHO, officer);
		String far = assigned(LAT + FORTY_KM, LON, Story.STATION, SHO, officer);
		clock.advance(Duration.ofHours(3));
		work(near, officer, at(-30), LAT, LON, Story.sitePhoto());
		expect(file(near, officer), 201);
		work(far, officer, at(-20), LAT + FORTY_KM, LON, Story.sitePhoto());
		expect(file(far, officer), 201);

		assertThat(codes(near, SHO)).isEmpty(); // filed before the other visit was logged
		assertThat(codes(far, SHO)).containsExactly("IMPOSSIBLE_TIMELINE");
		JsonNode flag = flags(far, SHO).get(0);
		JsonNode data = flag.get("data");
		assertThat(data.get("otherReference").asString()).isEqualTo(near);
		assertThat(data.get("distanceMeters").asLong()).isBetween(39_500L, 40_500L);
		assertThat(data.get("secondsApart").asLong()).isEqualTo(600);
		assertThat(data.get("impliedKmh").asLong()).isBetween(237L, 243L);
		assertThat(data.get("latitude").asDouble()).isEqualTo(LAT + FORTY_KM);
		assertThat(data.get("otherLatitude").asDouble()).isEqualTo(LAT);
		assertThat(flag.get("evidence").asString()).contains(near, "40.0 km", "10 minutes", "km/h");
		JsonNode inHindi = expect(api.as(SHO).inHindi().get("/api/complaints/" + far + "/flags"), 200).json();
		assertThat(inHindi.get("current").get("flags").get(0).get("evidence").asString()).contains(near, "किमी/घंटा");
		JsonNode desk = expect(api.as(SHO).get("/api/complaints/" + far + "/review"), 200).json();
		assertThat(desk.get("flags").get("current").get("flags").get(0).get("code").asString())
			.isEqualTo("IMPOSSIBLE_TIMELINE");
		// the review page shows it as it shows every flag, with its evidence
		PageClient browser = new PageClient(port);
		browser.get("/login?lang=hi");
		browser.signIn(SHO, "demo-only");
		org.jsoup.nodes.Element shown = browser.page("/cases/" + far + "/review")
			.selectFirst("#flags li[data-code=IMPOSSIBLE_TIMELINE]");
		assertThat(shown).isNotNull();
		assertThat(shown.text()).contains("एक साथ संभव नहीं", near, "किमी/घंटा");
	}

	@Test
	void anOfficersHonestTravelBetweenComplaintsIsNotFlagged() {
		String officer = newOfficer();
		// 30 km in 45 minutes (40 km/h), then 1.5 km in 5 minutes, then the same spot at once
		double[][] places = { { LAT, LON }, { LAT + 0.27, LON }, { LAT + 0.2835, LON }, { LAT + 0.2835, LON } };
		int[] minutes = { -60, -15, -10, -10 };
		List<String> references = new ArrayList<>();
		for (double[] place : places) {
			references.add(assigned(place[0], place[1], Story.STATION, SHO, officer));
		}
		clock.advance(Duration.ofHours(3));
		for (int i = 0; i < places.length; i++) {
			work(references.get(i), officer, at(minutes[i]), places[i][0], places[i][1], Story.sitePhoto());
		}
		for (String reference : references) {
			expect(file(reference, officer), 201);
			assertThat(codes(reference, SHO)).isEmpty();
		}
	}

	// --- the story's steps

	Instant at(int minutesFromNow) {
		return clock.instant().plus(Duration.ofMinutes(minutesFromNow)).truncatedTo(ChronoUnit.SECONDS);
	}

	String assigned(double lat, double lon) {
		return assigned(lat, lon, Story.STATION, SHO, IO);
	}

	String assigned(double lat, double lon, String station, String sho, String officer) {
		Map<String, Object> body = new HashMap<>(Story.complaint(Story.freshMobile(), "LAND_DISPUTE"));
		body.put("description", PaperDisposalDetectorScenarioTest.uniqueFindings());
		body.put("incidentLatitude", lat);
		body.put("incidentLongitude", lon);
		String reference = expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference");
		expect(api.as(CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);
		expect(api.as(sho).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", officerId(sho, station, officer), "note", "जाँच करें")), 200);
		return reference;
	}

	/** A reaching call, a site visit with the photo, the statements: honest work but for what is tested. */
	void work(String reference, String officer, Instant at, double lat, double lon, byte[] photo) {
		Api io = as(officer);
		expect(io.post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", at.toString(), "mode", "CALL", "outcome", "REACHED")), 201);
		String visit = expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", at.toString(), "latitude", lat, "longitude", lon, "accuracyMeters", 8.0)), 201)
			.field("id");
		expect(io.upload("/api/complaints/" + reference + "/visits/" + visit + "/photos", "spot.jpg", photo), 201);
		expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश कुमार", "text", "मेरी मेड़ तोड़ी गई।")), 201);
		expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "OPPOSITE_PARTY", "personName", "सुरेश", "text", "मैंने कुछ नहीं तोड़ा।")), 201);
	}

	Api.Response file(String reference, String officer) {
		return as(officer).post("/api/complaints/" + reference + "/report",
				Map.of("findings", PaperDisposalDetectorScenarioTest.uniqueFindings(), "actionTaken", "MEDIATION"));
	}

	JsonNode flags(String reference, String reader) {
		return expect(api.as(reader).get("/api/complaints/" + reference + "/flags"), 200).json()
			.get("current")
			.get("flags");
	}

	List<String> codes(String reference, String reader) {
		List<String> codes = new ArrayList<>();
		flags(reference, reader).forEach(f -> codes.add(f.get("code").asString()));
		return codes;
	}

	static String approvePath(String reference) {
		return "/api/complaints/" + reference + "/review/approve";
	}

	/** Demo officers sign in with the demo password; officers made here with their own. */
	Api as(String officer) {
		return officer.startsWith("io.test.") ? api.as(officer, PASSWORD) : api.as(officer);
	}

	long officerId(String sho, String station, String username) {
		for (JsonNode officer : expect(api.as(sho).get("/api/stations/" + station + "/officers?role=IO"), 200).json()) {
			if (officer.get("username").asString().equals(username)) {
				return officer.get("id").asLong();
			}
		}
		throw new AssertionError("no officer " + username + " at " + station);
	}

	/**
	 * An IO of Kotwali no other test moves about, so that visits other stories log at the same time
	 * elsewhere are not on this officer's timeline.
	 */
	String newOfficer() {
		NewOfficers.Created officer = NewOfficers.create(api);
		PageClient browser = new PageClient(port);
		browser.get("/login?lang=en");
		NewOfficers.setPassword(browser, officer, PASSWORD);
		return officer.username();
	}
}
