package org.samadhan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

/**
 * The steps of a complaint's life as the demo district's officers take them through the API, for
 * stories that need a complaint at a given point. Each step asserts that it worked.
 */
public final class Story {

	/** A small valid JPEG (magic bytes and a few more). */
	public static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F',
			0, 1, 1, 0, 0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };

	private static final java.util.concurrent.atomic.AtomicLong PHOTOS = new java.util.concurrent.atomic.AtomicLong();

	/**
	 * A small valid JPEG of its own: {@link #JPEG} made {@link #distinct}, as every real site photo's
	 * bytes are. The same file filed as the photo of two complaints is flagged as reused.
	 */
	public static byte[] sitePhoto() {
		return distinct(JPEG);
	}

	/** The JPEG with a comment segment after its start that makes its bytes (and SHA-256) unlike any other's. */
	public static byte[] distinct(byte[] jpeg) {
		byte[] note = (java.util.UUID.randomUUID() + "-" + PHOTOS.incrementAndGet())
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, (byte) (note.length + 2) });
		out.writeBytes(note);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	public static final String STATION = "RAMPUR_KOTWALI";

	public static final String SHO = "sho.kotwali";

	public static final String IO = "io.kotwali.1";

	public static final String CO = "co.city";

	public static final String ASP = "asp.rampur";

	public static final String CELL = "cell.rampur";

	private final Api api;

	public Story(Api api) {
		this.api = api;
	}

	/** A mobile number no other test uses, so the monthly limit of one test does not touch another's. */
	public static String freshMobile() {
		return "9" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
	}

	/** The citizen's (or operator's) complaint form as a person fills it in; the page's own fields added by the caller. */
	public static Map<String, String> filingForm(String mobile) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("categoryCode", "THEFT");
		fields.put("name", "सीता देवी");
		fields.put("mobile", mobile);
		fields.put("description", "मेरी बकरी चोरी हो गई");
		fields.put("incidentAddress", "ग्राम पटवाई");
		fields.put("districtCode", "RAMPUR");
		return fields;
	}

	public static Map<String, Object> complaint(String mobile, String category) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("categoryCode", category);
		body.put("complainant", Map.of("name", "रमेश कुमार", "mobile", mobile, "address", "मोहल्ला घेर, रामपुर"));
		// Two stories' complaints come from two mobiles about one village: they must not read as one
		// matter, which the scrutiny module would link as a repeat. Fewer than its shared-words (12)
		// words beyond the stop words keep them apart, however alike the texts (and a number of its own).
		body.put("description", "पड़ोसी ने मेरी जमीन की मेड़ तोड़ दी। प्रार्थना पत्र संख्या "
				+ ThreadLocalRandom.current().nextLong(1_000_000_000_000L) + "।");
		body.put("incidentDate", "2026-11-20");
		body.put("incidentAddress", "ग्राम रेबड़ी कलां, रामपुर");
		body.put("incidentLatitude", 28.81);
		body.put("incidentLongitude", 79.03);
		body.put("districtCode", "RAMPUR");
		return body;
	}

	/** A citizen files on the portal; the complaint waits in Rampur's district inbox. */
	public String filed(String category) {
		Api.Response response = api.anonymous().post("/api/public/complaints", complaint(freshMobile(), category));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.field("reference");
	}

	public String marked(String category) {
		String reference = filed(category);
		expect(api.as(CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", STATION)), 200);
		return reference;
	}

	public String assigned(String category) {
		String reference = marked(category);
		expect(api.as(SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", officerId(SHO, IO), "note", "जाँच करें")), 200);
		return reference;
	}

	/** Assigned, with a reaching contact, a photographed site visit and the statements the category needs. */
	public String enquired(String category) {
		String reference = assigned(category);
		recordWork(reference, IO, true);
		return reference;
	}

	public void recordWork(String reference, String officer, boolean oppositeParty) {
		Api io = api.as(officer);
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		expect(io.post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED", "note", "शिकायतकर्ता से बात हुई")), 201);
		Api.Response visit = expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", now, "latitude", 28.8101, "longitude", 79.0302, "accuracyMeters", 12.0)), 201);
		expect(io.upload("/api/complaints/" + reference + "/visits/" + visit.field("id") + "/photos", "spot.jpg", sitePhoto()),
				201);
		expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश कुमार", "text", "मेरी मेड़ तोड़ी गई।")), 201);
		if (oppositeParty) {
			expect(io.post("/api/complaints/" + reference + "/statements",
					Map.of("party", "OPPOSITE_PARTY", "personName", "सुरेश", "text", "मैंने कुछ नहीं तोड़ा।")), 201);
		}
	}

	/** A call that did not reach the complainant: the least a special closure needs. */
	public void triedToReach(String reference, String officer) {
		expect(api.as(officer).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "mode", "CALL",
						"outcome", "UNREACHABLE", "note", "फोन बंद मिला")), 201);
	}

	/** A document in evidence of a special closure (a court order, say); answers its id. */
	public String closureEvidence(String reference, String officer) {
		return expect(api.as(officer).upload("/api/complaints/" + reference + "/attachments?purpose=CLOSURE_EVIDENCE",
				"order.jpg", JPEG), 201).field("id");
	}

	/** One more contact that reached the complainant: the new work a returned report needs. */
	public void recordFreshContact(String reference, String officer) {
		expect(api.as(officer).post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "mode", "VISIT",
						"outcome", "REACHED", "note", "दोबारा मिले")), 201);
	}

	public Api.Response submitReport(String reference, String officer) {
		return api.as(officer).post("/api/complaints/" + reference + "/report",
				Map.of("findings", "मौके पर जाँच की गई; मेड़ दोबारा बनवाई गई।", "actionTaken", "MEDIATION"));
	}

	public String reported(String category) {
		String reference = enquired(category);
		expect(submitReport(reference, IO), 201);
		return reference;
	}

	/**
	 * The reviewer approves. Story reports are filed minutes after assignment with the same text, so
	 * the detector flags them: the reviewer gives the written reason a flagged report needs.
	 */
	public Api.Response approve(String reference, String reviewer, String grade) {
		return api.as(reviewer).post("/api/complaints/" + reference + "/review/approve",
				Map.of("grade", grade, "remarks", "ठीक है", "flagOverrideReason", "शिकायतकर्ता से फोन पर पुष्टि की"));
	}

	public Api.Response returnReport(String reference, String reviewer) {
		return api.as(reviewer).post("/api/complaints/" + reference + "/review/return",
				Map.of("grade", "C", "reason", "प्रतिपक्ष से दोबारा पूछताछ करें"));
	}

	public String status(String reference) {
		return expect(api.as(ASP).get("/api/complaints/" + reference), 200).field("status");
	}

	public long officerId(String asOfficer, String username) {
		JsonNode officers = expect(api.as(asOfficer).get("/api/stations/" + STATION + "/officers?role=IO"), 200).json();
		for (JsonNode officer : officers) {
			if (officer.get("username").asString().equals(username)) {
				return officer.get("id").asLong();
			}
		}
		throw new AssertionError("no officer " + username + " in " + officers);
	}

	public static Api.Response expect(Api.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response;
	}
}
