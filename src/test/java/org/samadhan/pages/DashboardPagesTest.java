package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.reporting.Rankings;
import org.samadhan.shared.SqlTime;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard, the lists behind its figures, the ranking and the meeting pack as an SP, a CO and
 * an SHO see them over HTTP, read back against the database. The clock stands in 2033, which no
 * other test uses, so the trend of those months counts exactly the complaints made here; pending
 * figures (shared with other tests' complaints on PostgreSQL) are checked against the complaint
 * table itself.
 */
@SamadhanTest
@Import({ MovableClock.Config.class, RecordingSmsGateway.Config.class })
class DashboardPagesTest {

	private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	/**
	 * Settled statuses, and (on PostgreSQL, where the suite shares one database) leaving out the
	 * few complaints other tests insert by SQL (e.g. AttachmentsTest's), which bypasses the events
	 * the reporting read model is kept by: they are no complaint any page or API made.
	 */
	static final String SETTLED = "('DISPOSED', 'FEEDBACK_PENDING', 'CLOSED', 'CLOSED_NO_FEEDBACK', 'APPEALED', "
			+ "'SPECIAL_CLOSED', 'TRANSFERRED') and exists (select 1 from reporting_case r where r.complaint_id = c.id)";

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Jurisdiction jurisdiction;

	@Autowired
	Rankings rankings;

	@Autowired
	org.springframework.context.MessageSource messages;

	Story story;

	long district;

	long kotwali;

	@BeforeEach
	void setUp() {
		story = new Story(Api.at(port));
		district = jurisdiction.unitByCode("RAMPUR").orElseThrow().id();
		kotwali = jurisdiction.unitByCode(Story.STATION).orElseThrow().id();
	}

	@Test
	void theDashboardsNumbersAreTheDatabasesAndEachOpensAListOfExactlyThatMany() throws IOException {
		at("2033-03-01T10:00");
		String oldOne = story.marked("THEFT");
		String oldTwo = story.marked("LAND_DISPUTE");
		at("2033-04-08T10:00");
		String fresh = story.assigned("THEFT");
		String disposed = disposed();
		at("2033-04-10T12:00");

		PageMannersTest.Client sp = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn("sp.rampur");
		HttpResponse<String> page = sp.get("/dashboard?from=2033-04-01&to=2033-04-10");
		assertThat(page.statusCode()).isEqualTo(200);
		Document d = Jsoup.parse(page.body(), sp.base);

		assertThat(number(d, "#fig-pending a.n")).isEqualTo(pendingInDistrict(""));
		long byAge = 0;
		for (String age : List.of("UP_TO_7", "DAYS_8_TO_15", "DAYS_16_TO_30", "OVER_30")) {
			byAge += number(d, "#fig-age-" + age + " a.n");
		}
		assertThat(byAge).as("the ageing buckets add up to all pending").isEqualTo(number(d, "#fig-pending a.n"));
		assertThat(number(d, "#fig-defaulters a.n")).isEqualTo(jdbc.sql("select count(*) from complaint c join "
				+ "deadline_clock k on k.complaint_id = c.id where c.district_id = ? and k.defaulted = true and c.status not in "
				+ SETTLED).param(district).query(Long.class).single());
		Element kotwaliRow = d.select("#by-station tr:has(a[href$=unit=" + kotwali + "])").first();
		assertThat(kotwaliRow).as("the station's line").isNotNull();
		assertThat(Long.parseLong(kotwaliRow.select("td a.n").first().text().replaceAll("\\D", "")))
			.isEqualTo(jdbc.sql("select count(*) from complaint c where station_id = ? and status not in " + SETTLED)
				.param(kotwali).query(Long.class).single());

		// The period's figures: exactly the complaint disposed here.
		assertThat(number(d, "#fig-disposed a.n")).isEqualTo(1);
		Document disposedList = Jsoup.parse(sp.get(d.select("#fig-disposed a.n").attr("href")).body());
		assertThat(disposedList.select("#cases .ref").eachText()).containsExactly(disposed);

		// The monthly trend table: March and April 2033 hold the complaints registered in them (those
		// made here, and on PostgreSQL any another test class made while the shared clock stood there).
		Element april = d.select("#trend-monthly tbody tr").last();
		Element march = d.select("#trend-monthly tbody tr").get(d.select("#trend-monthly tbody tr").size() - 2);
		assertThat(Long.parseLong(april.select("td a.n").first().text())).isEqualTo(registeredIn("2033-04-01", "2033-05-01"))
			.isGreaterThanOrEqualTo(2);
		assertThat(Long.parseLong(march.select("td a.n").first().text())).isEqualTo(registeredIn("2033-03-01", "2033-04-01"))
			.isGreaterThanOrEqualTo(2);
		assertThat(d.select("script#trends-data[type=application/json]").html()).contains("\"monthly\"");
		assertThat(d.select("script[src*=chart.umd.min]")).hasSize(1);

		// Every number opens a list that says it holds exactly that many.
		Set<String> links = new LinkedHashSet<>();
		d.select("a.n").forEach(a -> links.add(a.attr("href") + " " + a.text()));
		assertThat(links).hasSizeGreaterThan(60);
		for (String link : links) {
			String href = link.substring(0, link.indexOf(' '));
			long shown = Long.parseLong(link.substring(link.indexOf(' ') + 1).replaceAll("\\D", ""));
			HttpResponse<String> list = sp.get(href);
			assertThat(list.statusCode()).as(href).isEqualTo(200);
			Document l = Jsoup.parse(list.body());
			assertThat(Long.parseLong(l.select("#total").attr("data-total"))).as(href).isEqualTo(shown);
			assertThat(l.select("#cases tbody tr")).as(href).hasSize((int) Math.min(shown, 50));
		}

		// The list behind "pending over 30 days" holds the old complaints (its download has them all,
		// where its first page may show older ones of other tests); "0-7 days" the fresh one.
		Document over30 = Jsoup.parse(sp.get(d.select("#fig-age-OVER_30 a.n").attr("href")).body(), sp.base);
		assertThat(over30.select("#csv").attr("href")).startsWith("/api/reports/cases.csv?kind=PENDING").contains("age=OVER_30");
		assertThat(over30.select("#xlsx").attr("href")).startsWith("/api/reports/cases.xlsx?kind=PENDING");
		HttpResponse<String> csv = sp.get(over30.select("#csv").attr("href"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains(oldOne, oldTwo).doesNotContain(fresh);
		Document upTo7 = Jsoup.parse(sp.get(d.select("#fig-age-UP_TO_7 a.n").attr("href")).body());
		assertThat(upTo7.select("#cases .ref").eachText()).contains(fresh).doesNotContain(oldOne);
		assertThat(upTo7.select("#cases .ref a").eachAttr("href")).as("each reference opens the case page")
			.contains("/cases/" + fresh);
		assertThat(sp.get("/cases/" + fresh).statusCode()).isEqualTo(200);
	}

	@Test
	void aDownloadFromAHindiPageHasHindiHeadingsOnAnEnglishPhoneAndAnEnglishPageEnglishOnes() throws IOException {
		PageMannersTest.Client sp = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn("sp.rampur");
		Document hindi = Jsoup.parse(sp.get("/dashboard/cases?kind=PENDING").body());
		String csv = hindi.select("#csv").attr("href");
		assertThat(csv).contains("lang=hi");
		assertThat(hindi.select("#xlsx").attr("href")).contains("lang=hi");
		// The API client says Accept-Language: en, as most phones here do.
		Api english = Api.at(port).as("sp.rampur");
		String hindiCsv = new String(english.download(csv), StandardCharsets.UTF_8);
		assertThat(hindiCsv).contains("सन्दर्भ संख्या").doesNotContain("Reference");
		assertThat(new String(english.download(csv.replace("lang=hi", "")), StandardCharsets.UTF_8))
			.as("without lang the API still follows Accept-Language").contains("Reference");

		Document englishPage = Jsoup.parse(sp.get("/dashboard/cases?kind=PENDING&lang=en").body());
		String englishCsv = englishPage.select("#csv").attr("href");
		assertThat(englishCsv).contains("lang=en");
		assertThat(new String(english.inHindi().download(englishCsv), StandardCharsets.UTF_8)).contains("Reference")
			.doesNotContain("सन्दर्भ संख्या");
		for (String path : List.of("/ranking?level=STATION", "/dashboard/meeting-pack?station=" + kotwali)) {
			Document page = Jsoup.parse(sp.get(path).body());
			assertThat(page.select("#csv, #pdf").first().attr("href")).as(path).endsWith("lang=en");
		}
	}

	@Test
	void aRangeOfficersPageListsItsDistrictsEachLinkingToThatDistrictsPage() throws IOException {
		story.marked("THEFT");
		PageMannersTest.Client dig = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn("dig.moradabad");
		Document page = Jsoup.parse(dig.get("/dashboard").body());
		assertThat(page.select("#by-district th[scope=row] a").eachText()).contains("रामपुर");
		assertThat(page.select("#by-station")).isEmpty();
		assertThat(page.select("#by-officer")).isEmpty();
		assertThat(page.select("#by-district thead th").first().text()).isEqualTo("जनपद");
		String rampur = page.select("#by-district th[scope=row] a:contains(रामपुर)").attr("href");
		assertThat(rampur).endsWith("unit=" + district);
		Document districtPage = Jsoup.parse(dig.get(rampur).body());
		assertThat(districtPage.select("#by-station th[scope=row] a")).isNotEmpty();
	}

	@Test
	void aUnitOutsideThePostingGetsTheNotFoundPage() throws IOException {
		long saifni = jurisdiction.unitByCode("RAMPUR_SAIFNI").orElseThrow().id();
		PageMannersTest.Client sho = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(Story.SHO);
		assertThat(sho.get("/dashboard").statusCode()).isEqualTo(200);
		for (String path : List.of("/dashboard?unit=" + saifni, "/dashboard?unit=" + district, "/dashboard?unit=987654321",
				"/dashboard/cases?kind=PENDING&unit=" + saifni, "/dashboard/meeting-pack?station=" + saifni)) {
			HttpResponse<String> refused = sho.get(path);
			assertThat(refused.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(refused.body()).select("h1").text()).as(path).isEqualTo("पृष्ठ नहीं मिला");
		}
		PageMannersTest.Client otherCo = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn("co.bilaspur");
		assertThat(otherCo.get("/dashboard?unit=" + kotwali).statusCode()).isEqualTo(404);
	}

	@Test
	void theRankingMarksAFrozenMonthFinalAndTheCurrentOneProvisionalAndEveryScoreOpensItsBreakdown()
			throws IOException {
		at("2033-06-10T10:00");
		disposed();
		at("2033-07-05T10:00");
		rankings.freeze(YearMonth.of(2033, 6));
		PageMannersTest.Client sp = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn("sp.rampur");
		long ranked = Story.expect(Api.at(port).as("sp.rampur").get("/api/reports/ranking?level=STATION&month=2033-06"), 200)
			.json()
			.get("scores")
			.size();
		assertThat(ranked).as("Kotwali disposed of a complaint in June").isPositive();

		Document current = Jsoup.parse(sp.get("/ranking?level=STATION").body());
		assertThat(current.select("#state").attr("data-state")).isEqualTo("provisional");
		Document june = Jsoup.parse(sp.get("/ranking?level=STATION&month=2033-06").body());
		assertThat(june.select("#state").attr("data-state")).isEqualTo("final");
		assertThat(june.select("#ranking tbody tr")).hasSize((int) ranked);
		assertThat(june.select("#ranking tbody tr[data-unit=" + kotwali + "]")).hasSize(1);
		assertThat(june.select("#csv").attr("href")).isEqualTo("/api/reports/ranking.csv?level=STATION&month=2033-06&lang=hi");
		assertThat(sp.get(june.select("#xlsx").attr("href")).statusCode()).isEqualTo(200);

		Element first = june.select("#ranking tbody tr").first();
		Document breakdown = Jsoup.parse(sp.get(first.select("a.score").attr("href")).body());
		assertThat(breakdown.select("#parts tbody tr")).hasSize(9);
		assertThat(breakdown.select("#position").text()).contains(first.select("a.score").text());
		for (String level : List.of("BEAT", "CIRCLE", "DISTRICT")) {
			assertThat(sp.get("/ranking?level=" + level + "&month=2033-06").statusCode()).as(level).isEqualTo(200);
		}
	}

	@Test
	void theMeetingPackHasASectionPerStationAndItsPdf() throws IOException {
		long circle = jurisdiction.unitByCode("RAMPUR_CIRCLE_CITY").orElseThrow().id();
		PageMannersTest.Client co = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(Story.CO);
		Document one = Jsoup.parse(co.get("/dashboard/meeting-pack?station=" + kotwali).body());
		assertThat(one.select("section.pack")).hasSize(1);
		assertThat(one.select("#pack-" + kotwali + " h2").text()).contains("गोष्ठी");
		Document all = Jsoup.parse(co.get("/dashboard/meeting-pack?unit=" + circle).body());
		assertThat(all.select("section.pack")).hasSize(jdbc.sql("select count(*) from jurisdiction_unit "
				+ "where kind = 'STATION' and parent_id = ?").param(circle).query(Integer.class).single());
		assertThat(all.select("#pdf").attr("href")).isEqualTo("/api/reports/meeting-pack.pdf?unit=" + circle + "&lang=hi");
		HttpResponse<byte[]> pdf = co.getGzipped(all.select("#pdf").attr("href"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void theDashboardWithChartJsStaysUnder150KilobytesOverTheWire() throws IOException {
		PageMannersTest.Client sp = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn("sp.rampur");
		HttpResponse<byte[]> page = sp.getGzipped("/dashboard");
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		long total = page.body().length;
		Document html = Jsoup.parse(gunzip(page.body()), sp.base);
		StringBuilder sizes = new StringBuilder("/dashboard " + total);
		for (Element asset : html.select("link[rel=stylesheet], script[src]")) {
			String path = asset.hasAttr("href") ? asset.attr("href") : asset.attr("src");
			HttpResponse<byte[]> got = sp.getGzipped(path);
			assertThat(got.statusCode()).as(path).isEqualTo(200);
			total += got.body().length;
			sizes.append(", ").append(path).append(' ').append(got.body().length);
		}
		System.out.println("dashboard page weight, gzipped bytes: " + sizes + "; total " + total);
		assertThat(total).as(sizes.toString()).isLessThan(150 * 1024);
	}

	/**
	 * A complaint taken to disposal at Kotwali now (by the test's clock): the enquiry's times are
	 * the clock's, so that the work is recorded after the complaint was registered.
	 */
	private String disposed() {
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

	private long pendingInDistrict(String and) {
		return jdbc.sql("select count(*) from complaint c where district_id = ? and status not in " + SETTLED + " " + and)
			.param(district)
			.query(Long.class)
			.single();
	}

	@Test
	void theStationAndOfficerTablesAddUpToTheTotalWithLinesForWhatNoStationOrOfficerHoldsYet() throws IOException {
		at("2033-06-02T10:00");
		story.filed("THEFT");
		story.marked("THEFT");
		story.assigned("THEFT");
		at("2033-06-03T10:00");

		PageMannersTest.Client sp = new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn("sp.rampur");
		Document d = Jsoup.parse(sp.get("/dashboard").body(), sp.base);
		long total = number(d, "#fig-pending a.n");
		assertThat(total).isEqualTo(pendingInDistrict(""));
		assertThat(d.select("#pending-note").text()).isEqualTo(text("dashboard.pending.counts", "hi"));

		// Stations, and the complaints still in the district office, which no station line shows.
		Element notAtStation = d.selectFirst("#by-station tbody tr.rest");
		assertThat(notAtStation).as("the line of those not yet at a station").isNotNull();
		assertThat(notAtStation.select("th").text()).isEqualTo(text("dashboard.rest.station", "hi"));
		assertThat(pendingOf(notAtStation)).isEqualTo(pendingInDistrict("and c.station_id is null")).isPositive();
		assertThat(sumOfLines(d, "#by-station")).isEqualTo(total);
		assertThat(pendingOf(d.selectFirst("#by-station tfoot tr"))).isEqualTo(total);

		// Officers, and the complaints no officer holds yet (at a station or not yet at one).
		Element notAssigned = d.selectFirst("#by-officer tbody tr.rest");
		assertThat(notAssigned).as("the line of those not yet assigned").isNotNull();
		assertThat(notAssigned.select("th").text()).isEqualTo(text("dashboard.rest.officer", "hi"));
		assertThat(pendingOf(notAssigned)).isEqualTo(pendingInDistrict("and c.enquiry_officer_id is null"));
		assertThat(sumOfLines(d, "#by-officer")).isEqualTo(total);
		assertThat(pendingOf(d.selectFirst("#by-officer tfoot tr"))).isEqualTo(total);

		// A station's own dashboard: its officers and those not yet assigned make its total.
		Document station = Jsoup.parse(sp.get("/dashboard?unit=" + kotwali).body(), sp.base);
		long stationTotal = number(station, "#fig-pending a.n");
		assertThat(stationTotal).isEqualTo(jdbc.sql("select count(*) from complaint c where station_id = ? and status not in "
				+ SETTLED).param(kotwali).query(Long.class).single());
		assertThat(station.select("#by-station tr.rest")).as("every complaint here is at this station").isEmpty();
		Element stationNotAssigned = station.selectFirst("#by-officer tbody tr.rest");
		assertThat(stationNotAssigned).as("the marked complaint no officer holds yet").isNotNull();
		assertThat(pendingOf(stationNotAssigned)).isPositive();
		assertThat(sumOfLines(station, "#by-officer")).isEqualTo(stationTotal);

		// The API says the same: station lines and the rest, officer lines and the rest, make the total.
		tools.jackson.databind.JsonNode api = org.samadhan.support.Story.expect(
				Api.at(port).as("sp.rampur").get("/api/reports/dashboard"), 200).json();
		long apiTotal = api.get("pending").get("count").asLong();
		long stations = 0;
		for (tools.jackson.databind.JsonNode line : api.get("byStation")) {
			stations += line.get("pending").get("count").asLong();
		}
		assertThat(stations + api.get("notAtStation").get("pending").asLong()).isEqualTo(apiTotal);
		long officers = 0;
		for (tools.jackson.databind.JsonNode line : api.get("byOfficer")) {
			officers += line.get("pending").get("count").asLong();
		}
		assertThat(officers + api.get("notAssigned").get("pending").asLong()).isEqualTo(apiTotal);

		// In English, the same lines in English words.
		sp.get("/dashboard?lang=en");
		Document english = Jsoup.parse(sp.get("/dashboard").body(), sp.base);
		assertThat(english.select("#by-station tbody tr.rest th").text()).isEqualTo(text("dashboard.rest.station", "en"));
		assertThat(english.select("#by-officer tfoot th").text()).isEqualTo(text("dashboard.column.sum", "en"));
	}

	/** The pending column of every line of a table's body. */
	private static long sumOfLines(Document page, String table) {
		return page.select(table + " tbody tr").stream().mapToLong(DashboardPagesTest::pendingOf).sum();
	}

	private static long pendingOf(Element row) {
		return Long.parseLong(row.select("td").first().text().replaceAll("\\D", ""));
	}

	private String text(String key, String language) {
		return messages.getMessage(key, null, java.util.Locale.forLanguageTag(language));
	}

	private static long number(Document page, String css) {
		Element e = page.select(css).first();
		assertThat(e).as(css).isNotNull();
		return Long.parseLong(e.text().replaceAll("\\D", ""));
	}

	private void at(String localDateTime) {
		clock.set(LocalDateTime.parse(localDateTime).atZone(IST).toInstant());
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Complaints of the district registered in [from, to) (days in IST) that the read model knows. */
	private long registeredIn(String from, String to) {
		return jdbc.sql("select count(*) from complaint c where c.district_id = ? and c.registered_at >= ? and c.registered_at < ?"
				+ " and exists (select 1 from reporting_case r where r.complaint_id = c.id)")
			.params(district, SqlTime.param(LocalDate.parse(from).atStartOfDay(IST).toInstant()),
					SqlTime.param(LocalDate.parse(to).atStartOfDay(IST).toInstant()))
			.query(Long.class)
			.single();
	}
}
