package org.samadhan.scenario;

import static org.samadhan.support.Story.expect;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.samadhan.support.Api;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.Story;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks fresh complaints to disposal (FEEDBACK_PENDING) through the API, with the enquiry's times
 * read from the test's clock, so that a test may move the clock before or after. Also reads what
 * the feedback tests look at in the database: the link sent by SMS, statuses and counts.
 */
final class Disposals {

	private static final Pattern LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]{22})");

	private final Api api;

	private final Story story;

	private final Clock clock;

	private final JdbcClient jdbc;

	Disposals(Api api, Clock clock, JdbcClient jdbc) {
		this.api = api;
		this.story = new Story(api);
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** A complaint from a fresh mobile, enquired by {@link Story#IO}, approved by every level. */
	Case disposed() {
		String mobile = Story.freshMobile();
		String reference = expect(api.anonymous().post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", Story.STATION)),
				200);
		expect(api.as(Story.SHO).post("/api/complaints/" + reference + "/assign",
				Map.of("officerId", officerId(Story.IO), "note", "जाँच करें")), 200);
		Api io = api.as(Story.IO);
		String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
		expect(io.post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED", "note", "बात हुई")), 201);
		Api.Response visit = expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", now, "latitude", 28.8101, "longitude", 79.0302, "accuracyMeters", 12.0)), 201);
		expect(io.upload("/api/complaints/" + reference + "/visits/" + visit.field("id") + "/photos", "spot.jpg",
				Story.sitePhoto()), 201);
		expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश कुमार", "text", "मेरी मेड़ तोड़ी गई।")), 201);
		expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "OPPOSITE_PARTY", "personName", "सुरेश", "text", "मैंने कुछ नहीं तोड़ा।")), 201);
		expect(story.submitReport(reference, Story.IO), 201);
		expect(story.approve(reference, Story.SHO, "A"), 200);
		expect(story.approve(reference, Story.CO, "A"), 200);
		expect(story.approve(reference, Story.ASP, "A"), 200);
		long id = jdbc.sql("select id from complaint where reference = ?").param(reference).query(Long.class).single();
		return new Case(reference, mobile, id);
	}

	long officerId(String username) {
		return jdbc.sql("select id from jurisdiction_officer where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	/**
	 * The code of the last feedback link the complainant's phone received. The outbox keeps the
	 * link only until the message is delivered.
	 */
	String linkCode(Case c, RecordingSmsGateway sms) {
		String body = sms.textsTo(c.mobile())
			.stream()
			.filter(text -> LINK.matcher(text).find())
			.reduce((first, second) -> second)
			.orElseThrow(() -> new AssertionError("no feedback link sent to " + c.mobile()));
		Matcher link = LINK.matcher(body);
		link.find();
		return link.group(1);
	}

	String status(Case c) {
		return jdbc.sql("select status from complaint where id = ?").param(c.id()).query(String.class).single();
	}

	/**
	 * What "nothing changed" means for a refused feedback: the status and version, the history,
	 * the answers and calls, the links' use and the messages.
	 */
	String snapshot(Case c) {
		return jdbc.sql("""
				select status || ':' || version from complaint where id = ?""").param(c.id()).query(String.class).single()
				+ "|" + count("complaint_history", c) + "|" + count("feedback_answer", c) + "|"
				+ count("feedback_call", c) + "|" + count("feedback_reopen", c) + "|" + count("notification_outbox", c)
				+ "|" + jdbc.sql("select count(*) from feedback_link where complaint_id = ? and used_at is not null")
					.param(c.id())
					.query(Long.class)
					.single();
	}

	long count(String table, Case c) {
		return jdbc.sql("select count(*) from " + table + " where complaint_id = ?")
			.param(c.id())
			.query(Long.class)
			.single();
	}

	/**
	 * A further demo officer made for the test (same password), posted at {@code postingCode}; a
	 * random suffix, as several test contexts may share one PostgreSQL database.
	 */
	String extraOfficer(String prefix, String postingCode, String role) {
		String username = prefix + "." + ThreadLocalRandom.current().nextInt(1_000_000);
		jdbc.sql("""
				insert into jurisdiction_officer (username, password_hash, name_en, name_hi, rank, mobile, posting_unit_id,
				                                  status, demo_account)
				select ?, o.password_hash, 'Test officer', 'परीक्षण अधिकारी', 'Constable', null, u.id, 'ACTIVE', true
				from jurisdiction_officer o, jurisdiction_unit u where o.username = 'feedback.rampur' and u.code = ?""")
			.params(username, postingCode)
			.update();
		jdbc.sql("insert into jurisdiction_officer_role (officer_id, role) values (?, ?)")
			.params(officerId(username), role)
			.update();
		return username;
	}

	static String randomLinkCode() {
		byte[] bytes = new byte[16];
		ThreadLocalRandom.current().nextBytes(bytes);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	record Case(String reference, String mobile, long id) {
	}
}
