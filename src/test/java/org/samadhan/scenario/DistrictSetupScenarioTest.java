package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.NewOfficers;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * A district set up from a file: the state's administrator uploads its units and officers, sees
 * every row's outcome in a dry run, applies it in one step, and the new officers take a complaint
 * filed there to CLOSED. Bad files are refused with their row and column, and nothing is written.
 */
@SamadhanTest
class DistrictSetupScenarioTest {

	static final String STATE_ADMIN = "admin.up";

	/** A district no other test sets up: each run of the suite takes its own codes within it. */
	static final String DISTRICT = "BIJNOR";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	String tag;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

	@Test
	void aStateAdministratorSetsUpADistrictFromCsvAndItsNewOfficersCloseAComplaintFiledThere() {
		String station = "BIJNOR_" + tag + "_KOTWALI";
		String units = unitsCsv(station);
		String officers = officersCsv(station);

		JsonNode dryRun = expect(setup(STATE_ADMIN, units, officers, false), 200).json();
		assertThat(dryRun.get("valid").asBoolean()).as(dryRun.toString()).isTrue();
		assertThat(dryRun.get("counts").get("CREATE").asInt()).isEqualTo(5 + 8);
		assertThat(count("select count(*) from jurisdiction_unit where code = ?", station))
			.as("a dry run writes nothing").isZero();

		awaitDone(setup(STATE_ADMIN, units, officers, true));
		assertThat(count("select count(*) from jurisdiction_unit where code like ?", "BIJNOR_" + tag + "%")).isEqualTo(5);
		JsonNode again = expect(setup(STATE_ADMIN, units, officers, false), 200).json();
		assertThat(again.get("changes").asInt()).as("the same file a second time changes nothing").isZero();
		assertThat(again.get("counts").get("UNCHANGED").asInt()).isEqualTo(13);
		JsonNode secondRun = awaitDone(setup(STATE_ADMIN, units, officers, true));
		assertThat(secondRun.get("changes").asInt()).isZero();
		// A new officer cannot sign in until they set their own password through the SMS's one-time link.
		String newcomer = user("io");
		expect(api.as(newcomer).get("/api/me"), 401);
		NewOfficers.Created setup = NewOfficers.withSetup(api, officerId(newcomer), newcomer, mobile("io"));
		assertThat(setup.sms()).doesNotContain("demo-only");
		NewOfficers.setPassword(new PageClient(port), setup, "tractor monsoon ladder " + tag);
		assertThat(expect(api.as(newcomer, "tractor monsoon ladder " + tag).get("/api/me"), 200).field("postingCode"))
			.isEqualTo(station + "_HALKA_1");
		// The rest of the story signs in with the demo password, written straight into the database
		// (all but the newcomer, whose own password stands).
		givePasswords(officers.replaceAll("(?m)^" + newcomer + ",.*\\n", ""));

		JsonNode districts = expect(api.as(STATE_ADMIN).get("/api/admin/districts"), 200).json();
		assertThat(staffed(districts, DISTRICT)).isTrue();
		assertThat(staffed(districts, "AGRA")).as("a district no one has set up").isFalse();
		assertThat(staffed(districts, "RAMPUR")).isTrue();

		Map<String, Object> body = Story.complaint(Story.freshMobile(), "THEFT");
		body.put("districtCode", DISTRICT);
		String reference = expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference");
		String cell = user("cell");
		assertThat(expect(api.as(cell).get("/api/complaints/" + reference), 200).field("status"))
			.isEqualTo("DISTRICT_INBOX");
		expect(api.as("cell.rampur").get("/api/complaints/" + reference), 404);
		expect(api.as(cell).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);
		long io = officerId(user("io2"));
		expect(api.as(user("sho")).post("/api/complaints/" + reference + "/assign", Map.of("officerId", io)), 200);
		new Story(api).recordWork(reference, user("io2"), false);
		expect(new Story(api).submitReport(reference, user("io2")), 201);
		Story story = new Story(api);
		expect(story.approve(reference, user("sho"), "A"), 200);
		expect(story.approve(reference, user("co"), "A"), 200);
		assertThat(expect(story.approve(reference, user("asp"), "A"), 200).field("status")).isEqualTo("FEEDBACK_PENDING");
		JsonNode call = expect(api.as(user("feedback")).post("/api/feedback/calls/" + reference,
				Map.of("reached", true, "satisfied", true, "remarks", "संतुष्ट")), 200).json();
		assertThat(expect(api.as(user("asp")).get("/api/complaints/" + reference), 200).field("status"))
			.as(call.toString()).isEqualTo("CLOSED");

		JsonNode changes = expect(api.as(STATE_ADMIN).get("/api/admin/changes"), 200).json();
		assertThat(changes.findValuesAsString("action")).contains("BULK_SETUP_APPLIED", "UNIT_CREATED",
				"OFFICER_CREATED");
	}

	@Test
	void anUploadWhoseInstanceStoppedShowsAsInterruptedAndOneStillAliveDoesNot() {
		long admin = count("select id from jurisdiction_officer where username = ?", STATE_ADMIN);
		Instant now = Instant.now();
		long stopped = upload(admin, now.minus(Duration.ofMinutes(3)));
		long alive = upload(admin, now.minus(Duration.ofSeconds(20)));
		JsonNode gone = expect(api.as(STATE_ADMIN).get("/api/admin/uploads/" + stopped), 200).json();
		assertThat(gone.get("status").asString()).isEqualTo("FAILED");
		assertThat(gone.get("failure").asString()).isNotBlank().doesNotContain("admin.upload");
		assertThat(expect(api.as(STATE_ADMIN).get("/api/admin/uploads/" + alive), 200).json().get("status").asString())
			.isEqualTo("RUNNING");
		// Another district's administrator is told of neither, and marks nothing.
		expect(api.as("admin.rampur").get("/api/admin/uploads/" + alive), 404);
	}

	private long upload(long by, Instant updatedAt) {
		jdbc.sql("""
				insert into jurisdiction_upload (kind, district_id, file_name, sha256, status, total, created_by,
				                                 created_at, updated_at)
				values ('DISTRICT_SETUP', (select id from jurisdiction_unit where code = 'BIJNOR'), 'units.csv', 'x',
				        'RUNNING', 10, ?, ?, ?)""")
			.params(by, java.sql.Timestamp.from(updatedAt), java.sql.Timestamp.from(updatedAt))
			.update();
		return count("select max(id) from jurisdiction_upload where created_by = ?", by);
	}

	@Test
	void aWorkbookWithBothSheetsSetsUpTheSameWay() throws IOException {
		String station = "BIJNOR_" + tag + "_NAGINA";
		byte[] workbook = workbook(unitsCsv(station), officersCsv(station));
		Api.Response dryRun = api.as(STATE_ADMIN).uploadFile("/api/admin/districts/" + DISTRICT + "/setup", "file",
				"bijnor.xlsx", workbook);
		JsonNode plan = expect(dryRun, 200).json();
		assertThat(plan.get("valid").asBoolean()).as(plan.toString()).isTrue();
		assertThat(plan.get("counts").get("CREATE").asInt()).isEqualTo(13);
	}

	@Test
	void everyFaultOfAFileIsNamedWithItsRowAndColumnAndNothingIsWritten() {
		String station = "BIJNOR_" + tag + "_CHANDPUR";
		String units = unitsCsv(station) + "BIJNOR_" + tag + "_X,PLANET,BIJNOR,X,एक्स,,\n"
				+ station + "_HALKA_9,BEAT,NOWHERE,Beat 9,हल्का 9,91,,\n"
				+ station + "_HALKA_3,BEAT," + station + ",beat 1 ,हल्का 3,,\n";
		String officers = officersCsv(station)
				+ "dup." + tag.toLowerCase() + ",Twice,दो बार,SI,9876500001," + station + "_HALKA_1,IO,,\n"
				+ "dup." + tag.toLowerCase() + ",Twice,दो बार,SI,9876500002," + station + "_HALKA_1,IO,,\n"
				+ "wrong." + tag.toLowerCase() + ",Wrong role,गलत,SI,9876500003," + station + "_HALKA_1,SHO,,\n"
				+ "ansi." + tag.toLowerCase() + ",Ansi,????,SI,9876500004," + station + ",IO,,\n";
		JsonNode plan = expect(setup(STATE_ADMIN, units, officers, false), 200).json();
		assertThat(plan.get("valid").asBoolean()).isFalse();
		assertThat(faults(plan)).contains("units 7 kind", "units 8 parent", "units 8 latitude", "units 9 name_en",
				"officers 11 username", "officers 12 roles", "officers 13 name_hi");
		JsonNode refused = expect(setup(STATE_ADMIN, units, officers, true), 422).json();
		assertThat(refused.get("valid").asBoolean()).isFalse();
		assertThat(count("select count(*) from jurisdiction_unit where code like ?", "BIJNOR_" + tag + "%")).isZero();

		Api.Response badHeader = setup(STATE_ADMIN, "code,type,parent\n", null, false);
		assertThat(expect(badHeader, 200).json().get("lines").get(0).get("errors").get(0).get("code").asString())
			.isEqualTo("admin.upload.columns");
	}

	@Test
	void aFileNotInUtf8OrTooLongIsRefusedWholeInTheCallersLanguage() {
		byte[] windows1252 = ("code,kind,parent,name_en,name_hi,latitude,longitude\nBIJNOR_" + tag
				+ "_Z,CIRCLE,BIJNOR,Café circle,कैफ़े,,\n").getBytes(Charset.forName("windows-1252"));
		Api.Response notUtf8 = api.as(STATE_ADMIN).inHindi().uploadFile("/api/admin/districts/BIJNOR/setup", "units",
				"units.csv", windows1252);
		assertThat(expect(notUtf8, 422).json().toString()).contains("NOT_UTF8").contains("पंक्ति 2");

		StringBuilder many = new StringBuilder("code,kind,parent,name_en,name_hi,latitude,longitude\n");
		for (int i = 0; i < 10_000; i++) {
			many.append("BIJNOR_").append(tag).append('_').append(i).append(",CIRCLE,BIJNOR,C").append(i)
				.append(",सी").append(i).append(",,\n");
		}
		Api.Response tooMany = setup(STATE_ADMIN, many.toString(), null, true);
		assertThat(expect(tooMany, 422).json().toString()).contains("TOO_MANY_ROWS").contains("10,000");
	}

	@Test
	void aDistrictAdministratorSetsUpOnlyTheirOwnDistrict() {
		String station = "BIJNOR_" + tag + "_DHAMPUR";
		JsonNode refused = expect(setup("admin.rampur", unitsCsv(station), null, false), 400).json();
		assertThat(refused.toString()).contains("admin.unit.unknown");
		expect(setup("sp.rampur", unitsCsv(station), null, false), 403);
	}

	@Test
	void theDemoSecondDistrictWasSetUpFromTheExampleFiles() {
		assertThat(count("select count(*) from jurisdiction_unit where code like ? and kind = 'STATION'", "AMROHA_%"))
			.isEqualTo(4);
		expect(api.as("sho.amroha-kotwali").get("/api/me"), 200);
		JsonNode districts = expect(api.as(STATE_ADMIN).get("/api/admin/districts"), 200).json();
		assertThat(staffed(districts, "AMROHA")).isTrue();
	}

	@Test
	void anUploadWhoseInstanceStoppedMidWayIsShownAsFailedWithNothingWritten() {
		long admin = jdbc.sql("select id from jurisdiction_officer where username = ?").param(STATE_ADMIN)
			.query(Long.class).single();
		java.time.OffsetDateTime then = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(10);
		org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into jurisdiction_upload (kind, file_name, sha256, status, total, done, changes, created_by,
				                                 created_at, updated_at)
				values ('DISTRICT_SETUP', 'units.csv', 'x', 'RUNNING', 100, 40, 0, ?, ?, ?)""")
			.params(admin, then, then)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		JsonNode upload = expect(api.as(STATE_ADMIN).get("/api/admin/uploads/" + id), 200).json();
		assertThat(upload.get("status").asString()).isEqualTo("FAILED");
		assertThat(upload.get("failure").asString()).contains("nothing of it was written");
	}

	private String unitsCsv(String station) {
		String circle = "BIJNOR_" + tag + "_CIRCLE";
		return "code,kind,parent,name_en,name_hi,latitude,longitude\n"
				// the station comes before its circle: the file need not be in tree order
				+ station + ",STATION," + circle + ",Station " + tag + ",थाना " + tag + ",29.37,78.13\n"
				+ circle + ",CIRCLE,BIJNOR,Circle " + tag + ",सर्किल " + tag + ",,\n"
				+ station + "_HALKA_1,BEAT," + station + ",Beat 1,हल्का 1,,\n"
				+ station + "_HALKA_2,BEAT," + station + ",Beat 2,हल्का 2,,\n"
				+ station + "_CHOWKI,OUTPOST," + station + ",Outpost,चौकी,,\n";
	}

	private String officersCsv(String station) {
		String circle = "BIJNOR_" + tag + "_CIRCLE";
		StringBuilder csv = new StringBuilder("username,name_en,name_hi,rank,mobile,posting,roles,from,order_ref\n");
		String[][] rows = { { "sp", "SP", "BIJNOR", "SP" }, { "asp", "ASP", "BIJNOR", "ASP" },
				{ "cell", "Head Constable", "BIJNOR", "IGRS_CELL" }, { "feedback", "Constable", "BIJNOR", "FEEDBACK_DESK" },
				{ "co", "DSP", circle, "CO" }, { "sho", "Inspector", station, "SHO" },
				{ "io", "Sub-Inspector", station + "_HALKA_1", "IO" },
				{ "io2", "Sub-Inspector", station + "_CHOWKI", "IO" } };
		for (String[] row : rows) {
			csv.append(user(row[0])).append(",Officer ").append(row[0]).append(' ').append(tag).append(",अधिकारी ")
				.append(row[0]).append(' ').append(tag).append(',').append(row[1]).append(',').append(mobile(row[0]))
				.append(',').append(row[2]).append(',').append(row[3]).append(",,ORDER-").append(tag).append('\n');
		}
		return csv.toString();
	}

	private String user(String role) {
		return role + ".bijnor-" + tag.toLowerCase();
	}

	private String mobile(String role) {
		return "8" + String.format("%09d", Math.floorMod((tag + role).hashCode(), 1_000_000_000));
	}

	private void givePasswords(String officersCsv) {
		String hash = new BCryptPasswordEncoder().encode("demo-only");
		officersCsv.lines().skip(1).map(l -> l.split(",")[0]).forEach(username -> jdbc
			.sql("update jurisdiction_officer set password_hash = ? where username = ?").params(hash, username).update());
	}

	private Api.Response setup(String admin, String units, String officers, boolean apply) {
		return api.as(admin).uploadFiles("/api/admin/districts/" + DISTRICT + "/setup?apply=" + apply,
				units == null ? Map.of() : Map.of("units", units.getBytes(StandardCharsets.UTF_8)),
				officers == null ? Map.of() : Map.of("officers", officers.getBytes(StandardCharsets.UTF_8)));
	}

	private JsonNode awaitDone(Api.Response started) {
		String id = expect(started, 202).json().get("uploadId").asString();
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			JsonNode upload = expect(api.as(STATE_ADMIN).get("/api/admin/uploads/" + id), 200).json();
			if (!upload.get("status").asString().equals("RUNNING")) {
				assertThat(upload.get("status").asString()).as(upload.toString()).isEqualTo("DONE");
				return upload;
			}
			sleep();
		}
		throw new AssertionError("upload " + id + " still running");
	}

	private long officerId(String username) {
		return jdbc.sql("select id from jurisdiction_officer where username = ?").param(username).query(Long.class)
			.single();
	}

	private long count(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}

	private static boolean staffed(JsonNode districts, String code) {
		for (JsonNode d : districts) {
			if (d.get("district").get("code").asString().equals(code)) {
				return d.get("staffed").asBoolean();
			}
		}
		throw new AssertionError("no district " + code);
	}

	private static List<String> faults(JsonNode plan) {
		List<String> faults = new ArrayList<>();
		for (JsonNode line : plan.get("lines")) {
			for (JsonNode error : line.get("errors")) {
				faults.add(line.get("sheet").asString() + " " + line.get("row").asInt() + " "
						+ error.get("column").asString());
			}
		}
		return faults;
	}

	private static byte[] workbook(String units, String officers) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill(book.createSheet("units"), units);
			fill(book.createSheet("officers"), officers);
			book.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(Sheet sheet, String csv) {
		List<String> lines = csv.lines().toList();
		for (int r = 0; r < lines.size(); r++) {
			String[] cells = lines.get(r).split(",", -1);
			var row = sheet.createRow(r);
			for (int c = 0; c < cells.length; c++) {
				if (r > 0 && cells[c].matches("[0-9]{10}")) {
					row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
				}
				else {
					row.createCell(c).setCellValue(cells[c]);
				}
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static String now() {
		return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
	}
}
