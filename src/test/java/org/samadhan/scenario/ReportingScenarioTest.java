package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.deadline.DeadlineSweep;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.reporting.Ranking;
import org.samadhan.reporting.RankingLevel;
import org.samadhan.reporting.Rankings;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Staff;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The supervisors' dashboards and the monthly ranking, read back against the database. The clock
 * is set to dates of 2029 that no other test uses, so the period's figures are exactly the
 * complaints made here; the pending figures (which other tests' complaints at the same station
 * share on PostgreSQL) are checked against the complaint and deadline tables themselves.
 */
@SamadhanTest
@Import({ MovableClock.Config.class, RecordingSmsGateway.Config.class })
class ReportingScenarioTest {

	private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	private static final String SETTLED = "('DISPOSED', 'FEEDBACK_PENDING', 'CLOSED', 'CLOSED_NO_FEEDBACK', 'APPEALED', "
			+ "'SPECIAL_CLOSED', 'TRANSFERRED')";

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	DeadlineSweep sweep;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Jurisdiction jurisdiction;

	@Autowired
	Rankings rankings;

	private Api api;

	private Story story;

	private Disposals disposals;

	private long kotwali;

	@BeforeEach
	void setUp() {
		api = Api.at(port);
		story = new Story(api);
		disposals = new Disposals(api, clock, jdbc);
		kotwali = jurisdiction.unitByCode(Story.STATION).orElseThrow().id();
	}

	@Test
	void theDashboardCountsWhatTheDatabaseHoldsAndEveryFigureOpensExactlyItsComplaints() {
		at("2028-12-01T10:00");
		String defaulter = story.marked("THEFT");
		at("2028-12-06T10:00");
		String nearDefault = story.marked("THEFT");
		at("2029-01-02T10:00");
		sweep.sweep();
		Disposals.Case satisfied = disposals.disposed();
		Disposals.Case dissatisfied = disposals.disposed();
		Disposals.Case untouched = disposals.disposed();
		expect(api.as("feedback.rampur").post("/api/feedback/calls/" + satisfied.reference(),
				Map.of("reached", true, "satisfied", true)), 200);
		expect(api.as("feedback.rampur").post("/api/feedback/calls/" + dissatisfied.reference(),
				Map.of("reached", true, "satisfied", false, "reason", "कोई कार्रवाई नहीं हुई")), 200);
		String returned = story.assigned("THEFT");
		recordWorkNow(returned);
		expect(story.submitReport(returned, Story.IO), 201);
		expect(story.returnReport(returned, Story.SHO), 200);
		expect(api.as(Story.IO).post("/api/complaints/" + returned + "/contacts", Map.of("contactedAt", nowText(),
				"mode", "VISIT", "outcome", "REACHED", "note", "दोबारा मिले")), 201);
		expect(story.submitReport(returned, Story.IO), 201);
		for (String reviewer : List.of(Story.SHO, Story.CO, Story.ASP)) {
			expect(story.approve(returned, reviewer, "B"), 200);
		}
		String fresh = story.assigned("THEFT");
		at("2029-01-10T12:00");

		JsonNode d = expect(api.as(Story.CO).get("/api/reports/dashboard?unit=" + kotwali
				+ "&from=2029-01-01&to=2029-01-10"), 200).json();
		assertThat(d.get("unit").get("code").asString()).isEqualTo(Story.STATION);

		// The period's figures: exactly the complaints made here.
		assertThat(count(d, "disposed")).isEqualTo(4);
		assertThat(d.get("disposedInTime").get("part").get("count").asLong()).isEqualTo(4);
		assertThat(d.get("disposedInTime").get("percent").asDouble()).isEqualTo(100.0);
		assertThat(d.get("satisfaction").get("part").get("count").asLong()).isEqualTo(1);
		assertThat(d.get("satisfaction").get("whole").get("count").asLong()).isEqualTo(2);
		assertThat(d.get("satisfaction").get("percent").asDouble()).isEqualTo(50.0);
		assertThat(d.get("feedbackCoverage").get("percent").asDouble()).isEqualTo(50.0);
		assertThat(count(d, "dissatisfied")).isEqualTo(1);
		assertThat(count(d, "reopened")).isEqualTo(1);
		assertThat(count(d, "returned")).isEqualTo(1);
		assertThat(count(d, "specialClosed")).isZero();
		// Story reports are filed minutes after assignment: the detector flags each one.
		assertThat(count(d, "flagged")).isEqualTo(4).isEqualTo(dbFlaggedDisposals());
		JsonNode january = last(d.get("monthly"));
		assertThat(january.get("from").asString()).isEqualTo("2029-01-01");
		assertThat(january.get("registered").get("count").asLong()).isEqualTo(5);
		assertThat(january.get("disposed").get("count").asLong()).isEqualTo(4);
		JsonNode december = d.get("monthly").get(d.get("monthly").size() - 2);
		assertThat(december.get("registered").get("count").asLong()).isEqualTo(2);

		// Now-figures: as the complaint and deadline tables say, with ours among them.
		assertThat(count(d, "pending")).isEqualTo(dbPending(""));
		assertThat(count(d, "defaulters")).isEqualTo(dbPending("and k.defaulted = true")).isGreaterThanOrEqualTo(1);
		assertThat(count(d, "nearDefault")).isEqualTo(dbPending("and k.warned = true and k.defaulted = false"))
			.isGreaterThanOrEqualTo(1);
		assertThat(count(d, "escalated")).isEqualTo(dbPending("and k.escalation_level > 0"));
		long ages = 0;
		for (JsonNode age : d.get("pendingByAge")) {
			ages += age.get("count").asLong();
		}
		assertThat(ages).isEqualTo(count(d, "pending"));
		assertThat(references(d.get("defaulters"))).contains(defaulter).doesNotContain(nearDefault);
		assertThat(references(d.get("nearDefault"))).contains(nearDefault).doesNotContain(defaulter);
		assertThat(references(d.get("pendingByAge").get(1))).contains(fresh);
		assertThat(references(d.get("pendingByAge").get(3))).contains(defaulter, nearDefault);
		assertThat(references(d.get("reopened"))).containsExactly(dissatisfied.reference());
		assertThat(references(d.get("returned"))).containsExactly(returned);
		assertThat(references(d.get("disposed"))).containsExactlyInAnyOrder(satisfied.reference(),
				dissatisfied.reference(), untouched.reference(), returned);

		// Every number on the dashboard, down to each officer's and week's, opens a list of exactly that many.
		List<JsonNode> figures = new ArrayList<>();
		collectFigures(d, figures);
		assertThat(figures).hasSizeGreaterThan(60);
		for (JsonNode figure : figures) {
			JsonNode list = expect(api.as(Story.CO).get("/api/reports/cases?size=1&" + figure.get("query").asString()), 200)
				.json();
			assertThat(list.get("total").asLong()).as(figure.get("query").asString()).isEqualTo(figure.get("count").asLong());
		}
	}

	@Test
	void aUnitOutsideThePostingAnswersAsIfItDidNotExistAndAnOfficerAtABeatSeesOnlyTheirOwnCases() {
		long saifni = jurisdiction.unitByCode("RAMPUR_SAIFNI").orElseThrow().id();
		long district = jurisdiction.unitByCode("RAMPUR").orElseThrow().id();
		Api sho = api.as(Story.SHO);
		assertThat(expect(sho.get("/api/reports/dashboard"), 200).json().get("unit").get("id").asLong()).isEqualTo(kotwali);
		JsonNode outside = expect(sho.get("/api/reports/dashboard?unit=" + saifni), 404).json();
		JsonNode missing = expect(sho.get("/api/reports/dashboard?unit=987654321"), 404).json();
		assertThat(outside.get("code")).isEqualTo(missing.get("code"));
		expect(sho.get("/api/reports/dashboard?unit=" + district), 404);
		expect(sho.get("/api/reports/cases?kind=PENDING&unit=" + saifni), 404);
		expect(sho.get("/api/reports/meeting-pack?station=" + saifni), 404);
		expect(api.as("co.bilaspur").get("/api/reports/dashboard?unit=" + kotwali), 404);
		expect(api.as(Story.CO).get("/api/reports/dashboard?unit=" + kotwali), 200);
		expect(api.as("admin.rampur").get("/api/reports/dashboard"), 403);

		String mine = story.assigned("THEFT");
		JsonNode own = expect(api.as(Story.IO).get("/api/reports/dashboard"), 200).json();
		long ioId = disposals.officerId(Story.IO);
		assertThat(count(own, "pending")).isEqualTo(jdbc.sql("select count(*) from complaint where enquiry_officer_id = ? "
				+ "and status not in " + SETTLED).param(ioId).query(Long.class).single());
		assertThat(references(api.as(Story.IO), own.get("pending"))).contains(mine);
		assertThat(own.get("byStation")).isEmpty();
		expect(api.as(Story.IO).get("/api/reports/dashboard?unit=" + kotwali), 404);
		expect(api.as("io.kotwali.2").get("/api/reports/cases?kind=PENDING"), 200);
		assertThat(references(api.as("io.kotwali.2"), expect(api.as("io.kotwali.2").get("/api/reports/dashboard"), 200)
			.json()
			.get("pending"))).doesNotContain(mine);
	}

	@Test
	void aRangeOfficersDashboardComparesItsDistrictsEachAsItsOwnDashboardCountsIt() {
		story.marked("THEFT");
		JsonNode range = expect(api.as("dig.moradabad").get("/api/reports/dashboard"), 200).json();
		assertThat(range.get("byStation")).isEmpty();
		assertThat(range.get("byOfficer")).isEmpty();
		JsonNode districts = range.get("byDistrict");
		assertThat(districts).isNotEmpty();
		long sum = 0;
		for (JsonNode line : districts) {
			assertThat(line.get("who").get("kind").asString()).isEqualTo("DISTRICT");
			long id = line.get("who").get("id").asLong();
			JsonNode own = expect(api.as("dig.moradabad").get("/api/reports/dashboard?unit=" + id), 200).json();
			assertThat(count(line, "pending")).isEqualTo(count(own, "pending"));
			assertThat(own.get("byDistrict")).isEmpty();
			assertThat(own.get("byStation")).isNotEmpty();
			sum += count(line, "pending");
		}
		assertThat(sum).isEqualTo(count(range, "pending"));
		long rampur = jurisdiction.unitByCode("RAMPUR").orElseThrow().id();
		assertThat(districts.findValues("id").stream().map(JsonNode::asLong)).contains(rampur);
	}

	@Test
	void theStatesDashboardComparesDistrictsNotItsThousandsOfStationsAndOfficers() {
		story.marked("THEFT");
		Staff.Member state = new Staff(api, jdbc).create("admin.up", "UP", "SUPERVISOR");
		JsonNode dashboard = expect(api.as(state.username()).get("/api/reports/dashboard"), 200).json();
		// at 10M the state's dashboard listed 1,557 stations and 3,116 officers: 7 MB, 3 s
		assertThat(dashboard.get("byStation")).isEmpty();
		assertThat(dashboard.get("byOfficer")).isEmpty();
		long rampur = jurisdiction.unitByCode("RAMPUR").orElseThrow().id();
		JsonNode rampurLine = null;
		long sum = 0;
		for (JsonNode line : dashboard.get("byDistrict")) {
			assertThat(line.get("who").get("kind").asString()).isEqualTo("DISTRICT");
			if (line.get("who").get("id").asLong() == rampur) {
				rampurLine = line;
			}
			sum += count(line, "pending");
		}
		assertThat(rampurLine).isNotNull();
		assertThat(count(rampurLine, "pending"))
			.isEqualTo(count(expect(api.as("sp.rampur").get("/api/reports/dashboard"), 200).json(), "pending"));
		assertThat(sum).isEqualTo(count(dashboard, "pending"));
	}

	@Test
	void aFrozenMonthsRankingStaysAsItWasWhenTheDataChangesAfterwards() {
		at("2029-03-05T10:00");
		Disposals.Case closed = disposals.disposed();
		expect(api.as("feedback.rampur").post("/api/feedback/calls/" + closed.reference(),
				Map.of("reached", true, "satisfied", true)), 200);
		Disposals.Case awaiting = disposals.disposed();
		YearMonth march = YearMonth.of(2029, 3);

		JsonNode live = expect(api.as("sp.rampur").get("/api/reports/ranking?month=2029-03&level=STATION"), 200).json();
		assertThat(live.get("provisional").asBoolean()).isTrue();

		at("2029-04-02T10:00");
		assertThat(rankings.freezeDue()).doesNotContain(march);
		at("2029-04-03T10:00");
		assertThat(rankings.freezeDue()).contains(march);
		assertThat(rankings.freeze(march)).isZero();
		JsonNode frozen = expect(api.as("sp.rampur").get("/api/reports/ranking?month=2029-03&level=STATION"), 200).json();
		assertThat(frozen.get("provisional").asBoolean()).isFalse();
		JsonNode kotwaliScore = score(frozen, kotwali);
		assertThat(kotwaliScore.get("disposed").asLong()).isEqualTo(2);
		assertThat(part(kotwaliScore, "SATISFACTION").get("numerator").asLong()).isEqualTo(1);
		assertThat(part(kotwaliScore, "SATISFACTION").get("denominator").asLong()).isEqualTo(1);
		assertThat(part(kotwaliScore, "FEEDBACK_COVERAGE").get("denominator").asLong()).isEqualTo(2);
		assertThat(part(kotwaliScore, "DISPOSAL_IN_TIME").get("marks").decimalValue())
			.isEqualByComparingTo(part(kotwaliScore, "DISPOSAL_IN_TIME").get("weight").decimalValue());
		JsonNode breakdown = expect(api.as("sp.rampur").get("/api/reports/ranking/STATION/" + kotwali + "?month=2029-03"),
				200).json();
		assertThat(breakdown).isEqualTo(kotwaliScore);

		// In April the complainant still waiting says dissatisfied: the complaint is reopened.
		expect(api.as("feedback.rampur").post("/api/feedback/calls/" + awaiting.reference(),
				Map.of("reached", true, "satisfied", false, "reason", "कुछ नहीं हुआ")), 200);
		Ranking today = rankings.recomputed(jurisdiction.findOfficerByUsername("sp.rampur").orElseThrow().asActor(), march, RankingLevel.STATION);
		Ranking.Score recomputed = today.scores().stream().filter(s -> s.unit().id() == kotwali).findFirst().orElseThrow();
		assertThat(recomputed.parts().stream().filter(p -> p.parameter().name().equals("SATISFACTION")).findFirst()
			.orElseThrow().denominator()).isEqualTo(2);

		JsonNode after = expect(api.as("sp.rampur").get("/api/reports/ranking?month=2029-03&level=STATION"), 200).json();
		assertThat(after).isEqualTo(frozen);
	}

	@Test
	void twoInstancesFreezingTheSameMonthFreezeEachLevelOnce() throws Exception {
		at("2029-06-10T10:00");
		disposals.disposed();
		at("2029-07-05T10:00");
		YearMonth june = YearMonth.of(2029, 6);
		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> rankings.freeze(june));
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> rankings.freeze(june));
		assertThat(one.get() + two.get()).isEqualTo(RankingLevel.values().length);
		assertThat(jdbc.sql("select count(*) from reporting_ranking_run where ranking_month = ?")
			.param(june.atDay(1))
			.query(Long.class)
			.single()).isEqualTo(RankingLevel.values().length);
	}

	@Test
	void listsAndTheRankingExportAsCsvAndXlsxAndTheMeetingPackAsPdfWithHindiIntact() throws Exception {
		at("2029-05-06T10:00");
		String pending = story.assigned("THEFT");
		disposals.disposed();
		Api sho = api.as(Story.SHO).inHindi();

		byte[] csv = sho.download("/api/reports/cases.csv?kind=PENDING");
		assertThat(csv[0]).isEqualTo((byte) 0xEF);
		assertThat(csv[1]).isEqualTo((byte) 0xBB);
		assertThat(csv[2]).isEqualTo((byte) 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		String[] lines = text.split("\r\n");
		assertThat(lines[0]).startsWith("सन्दर्भ संख्या,स्थिति,");
		assertThat(text).contains(pending + ",जाँच अधिकारी को सौंपी गई,");
		assertThat(text).contains("कोतवाली (नगर)");

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sho.download("/api/reports/cases.xlsx?kind=PENDING")))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("लंबित");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("सन्दर्भ संख्या");
			boolean found = false;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(pending)) {
					found = true;
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo("जाँच अधिकारी को सौंपी गई");
					assertThat(row.getCell(4).getStringCellValue()).isEqualTo("कोतवाली (नगर)");
				}
			}
			assertThat(found).as("the pending complaint is in the workbook").isTrue();
		}

		Api sp = api.as("sp.rampur").inHindi();
		String rankingCsv = new String(sp.download("/api/reports/ranking.csv?month=2029-05&level=STATION"),
				StandardCharsets.UTF_8);
		assertThat(rankingCsv).startsWith("\uFEFFस्थान,इकाई,अंक,पूर्णांक,निस्तारित,समय से निस्तारण — संख्या");
		assertThat(rankingCsv).contains("कोतवाली (नगर)");
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(sp.download("/api/reports/ranking.xlsx?month=2029-05&level=STATION")))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("इकाई");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("कोतवाली (नगर)");
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
		}

		byte[] pdf = sho.download("/api/reports/meeting-pack.pdf?unit=" + kotwali);
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		// Kept for people to look at, as the browser tests keep their screenshots.
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "reports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "reports", "meeting-pack-kotwali.pdf"), pdf);
		try (PDDocument document = PDDocument.load(pdf)) {
			String pdfText = new PDFTextStripper().getText(document);
			assertThat(pdfText).contains(pending);
			assertThat(pdfText).contains("कोतवाली");
			assertThat(pdfText).contains("थाना");
			assertThat(document.getDocumentCatalog().getPages().get(0).getResources().getFontNames()).isNotEmpty();
		}
	}

	private void recordWorkNow(String reference) {
		Api io = api.as(Story.IO);
		String now = nowText();
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
	}

	private String nowText() {
		return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
	}

	private void at(String localDateTime) {
		clock.set(LocalDateTime.parse(localDateTime).atZone(IST).toInstant());
	}

	private static long count(JsonNode dashboard, String figure) {
		return dashboard.get(figure).get("count").asLong();
	}

	private static JsonNode last(JsonNode array) {
		return array.get(array.size() - 1);
	}

	private List<String> references(JsonNode figure) {
		return references(api.as(Story.CO), figure);
	}

	private List<String> references(Api as, JsonNode figure) {
		JsonNode page = expect(as.get("/api/reports/cases?size=500&" + figure.get("query").asString()), 200)
			.json();
		List<String> references = new ArrayList<>();
		page.get("items").forEach(item -> references.add(item.get("reference").asString()));
		return references;
	}

	private static void collectFigures(JsonNode node, List<JsonNode> into) {
		if (node.isObject()) {
			if (node.has("query") && node.has("count")) {
				into.add(node);
				return;
			}
			node.properties().forEach(e -> collectFigures(e.getValue(), into));
		}
		else if (node.isArray()) {
			node.forEach(child -> collectFigures(child, into));
		}
	}

	private long dbPending(String deadlineCondition) {
		return jdbc.sql("select count(*) from complaint c left join deadline_clock k on k.complaint_id = c.id "
				+ "where c.station_id = ? and c.status not in " + SETTLED + " " + deadlineCondition)
			.param(kotwali)
			.query(Long.class)
			.single();
	}

	private long dbFlaggedDisposals() {
		return jdbc.sql("""
				select count(distinct c.id) from complaint c
				join complaint_history h on h.complaint_id = c.id and h.action = 'DISPOSE'
				join scrutiny_report_check s on s.complaint_id = c.id and s.flag_count > 0
				where c.station_id = ? and h.occurred_at >= ? and h.occurred_at < ?""")
			.param(kotwali)
			.param(OffsetDateTime.of(LocalDate.of(2029, 1, 1).atStartOfDay(), IST.getRules().getOffset(LocalDateTime.of(2029, 1, 1, 0, 0))))
			.param(OffsetDateTime.of(LocalDate.of(2029, 1, 11).atStartOfDay(), IST.getRules().getOffset(LocalDateTime.of(2029, 1, 1, 0, 0))))
			.query(Long.class)
			.single();
	}

	private static JsonNode score(JsonNode ranking, long unitId) {
		for (JsonNode s : ranking.get("scores")) {
			if (s.get("unit").get("id").asLong() == unitId) {
				return s;
			}
		}
		throw new AssertionError("unit " + unitId + " not ranked in " + ranking);
	}

	private static JsonNode part(JsonNode score, String parameter) {
		for (JsonNode p : score.get("parts")) {
			if (p.get("parameter").asString().equals(parameter)) {
				return p;
			}
		}
		throw new AssertionError(parameter + " not in " + score);
	}
}
