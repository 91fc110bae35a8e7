package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.samadhan.feedback.Audits;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ASP's audit calls page over HTTP: yesterday's disposal, drawn this morning (the draw called
 * directly, as the scheduled job does), shows with the complainant's number to call; the result
 * pressed on the page is the one feedback keeps. The clock moves years ahead to a day of its own,
 * since test contexts may share one PostgreSQL database.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
class AuditCallsPageTest {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Audits audits;

	@Autowired
	MessageSource messages;

	@Test
	void theAspCallsTodaysDrawnDisposalFromThePageAndTheResultIsRecorded() throws IOException {
		clock.advance(Duration.ofDays(400 + ThreadLocalRandom.current().nextInt(2000)));
		String reference = disposed();
		String mobile = jdbc.sql("select complainant_mobile from complaint where reference = ?").param(reference)
			.query(String.class).single();
		clock.advance(Duration.ofDays(1));
		assertThat(audits.draw(LocalDate.now(clock))).isPositive();
		long auditId = jdbc.sql("select a.id from feedback_audit a join complaint c on c.id = a.complaint_id "
				+ "where c.reference = ?").param(reference).query(Long.class).single();

		PageMannersTest.Client asp = officer(Story.ASP);
		Document home = Jsoup.parse(asp.get("/home").body());
		assertThat(home.select("a[href=/cases/audits]")).as("a link on the ASP's home page").hasSize(1);
		assertThat(Jsoup.parse(officer("sp.rampur").get("/home").body()).select("a[href=/cases/audits]")).hasSize(1);
		assertThat(officer(Story.SHO).get("/cases/audits").statusCode()).isEqualTo(403);

		Document page = Jsoup.parse(asp.get("/cases/audits").body());
		Element audit = page.select("#audit-" + auditId).first();
		assertThat(audit).as("the drawn disposal is on today's list").isNotNull();
		assertThat(audit.select("a.tel").attr("href")).isEqualTo("tel:+91" + mobile);
		assertThat(audit.select("a[href=/cases/" + reference + "]")).hasSize(1);
		assertThat(audit.select("form input[name=_csrf]")).as("CSRF").hasSize(1);
		for (Element input : page.select("main textarea, main input:not([type=hidden])")) {
			assertThat(page.select("label[for=" + input.id() + "]")).as("label for " + input.id()).hasSize(1);
		}
		String token = PageMannersTest.csrfToken(page.html());
		String path = "/cases/audits/" + auditId;

		HttpResponse<String> unanswered = asp.post(path, "_csrf=" + token + "&outcome=NOT_REACHED");
		assertThat(unanswered.statusCode()).isEqualTo(302);
		Document after = Jsoup.parse(asp.get("/cases/audits").body());
		assertThat(after.select("#notice").text()).contains(text("page.audits.done.NOT_REACHED").substring(5));
		assertThat(after.select("#audit-" + auditId + " form")).as("not reached: still to call").hasSize(1);

		HttpResponse<String> found = asp.post(path, "_csrf=" + token + "&outcome=DISSATISFIED&remarks="
				+ URLEncoder.encode("कोई पुलिसकर्मी मौके पर नहीं आया", StandardCharsets.UTF_8));
		assertThat(found.statusCode()).isEqualTo(302);
		Map<String, Object> row = jdbc.sql("select attempts, reached, satisfied, remarks, finding, called_by "
				+ "from feedback_audit where id = ?").param(auditId).query().singleRow();
		assertThat(row.get("attempts")).isEqualTo(2);
		assertThat(row.get("reached")).isEqualTo(true);
		assertThat(row.get("satisfied")).isEqualTo(false);
		assertThat(row.get("finding")).isEqualTo(true);
		assertThat(row.get("remarks")).isEqualTo("कोई पुलिसकर्मी मौके पर नहीं आया");
		assertThat(((Number) row.get("called_by")).longValue()).isEqualTo(jdbc.sql(
				"select id from jurisdiction_officer where username = ?").param(Story.ASP).query(Long.class).single());

		Document done = Jsoup.parse(asp.get("/cases/audits").body());
		Element line = done.select("#audit-" + auditId).first();
		assertThat(line.select("form")).as("recorded once").isEmpty();
		assertThat(line.select(".result").text()).isEqualTo(text("page.audits.result.dissatisfied"));
		assertThat(line.select(".remarks").text()).isEqualTo("कोई पुलिसकर्मी मौके पर नहीं आया");

		HttpResponse<String> again = asp.post(path, "_csrf=" + token + "&outcome=SATISFIED");
		assertThat(again.statusCode()).as("a second answer is refused on the page").isEqualTo(200);
		assertThat(Jsoup.parse(again.body()).select("main .alert").text())
			.isEqualTo(text("feedback.audit.already-recorded"));
	}

	private PageMannersTest.Client officer(String username) throws IOException {
		return new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(username);
	}

	private String text(String key) {
		return messages.getMessage(key, new Object[] { "" }, Locale.forLanguageTag("hi"));
	}

	/** A complaint taken to disposal at Kotwali now, by the test's clock. */
	private String disposed() {
		Story story = new Story(Api.at(port));
		String reference = story.assigned("THEFT");
		Api io = Api.at(port).as(Story.IO);
		String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
		Story.expect(io.post("/api/complaints/" + reference + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED", "note", "बात हुई")), 201);
		Api.Response visit = Story.expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", now, "latitude", 28.8101, "longitude", 79.0302, "accuracyMeters", 12.0)), 201);
		Story.expect(io.upload("/api/complaints/" + reference + "/visits/" + visit.field("id") + "/photos", "spot.jpg",
				Story.sitePhoto()), 201);
		Story.expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश कुमार", "text", "मेरी मेड़ तोड़ी गई।")), 201);
		Story.expect(io.post("/api/complaints/" + reference + "/statements",
				Map.of("party", "OPPOSITE_PARTY", "personName", "सुरेश", "text", "मैंने कुछ नहीं तोड़ा।")), 201);
		Story.expect(story.submitReport(reference, Story.IO), 201);
		for (String reviewer : List.of(Story.SHO, Story.CO, Story.ASP)) {
			Story.expect(story.approve(reference, reviewer, "A"), 200);
		}
		return reference;
	}
}
