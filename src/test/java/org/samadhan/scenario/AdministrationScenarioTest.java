package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.jurisdiction.AdminRequests;
import org.samadhan.jurisdiction.Administration;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Staff;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Administrators keep the tree and the officers through the API: what each may reach, what bad
 * input gets (a clear message in the caller's language, nothing half-written), two administrators
 * at once, and the record of every change that not even the application can rewrite.
 */
@SamadhanTest
class AdministrationScenarioTest {

	static final String ADMIN = "admin.rampur";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Staff staff;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		staff = new Staff(api, jdbc);
	}

	@Test
	void aDistrictAdministratorAddsRenamesAndClosesUnitsOfTheirDistrictOnly() {
		String station = staff.station(ADMIN, "RAMPUR_CIRCLE_CITY");
		JsonNode unit = expect(api.as(ADMIN).get("/api/admin/units/" + station), 200).json();
		assertThat(unit.get("kind").asString()).isEqualTo("STATION");
		assertThat(unit.get("districtId").asLong()).isEqualTo(unitId("RAMPUR"));

		JsonNode renamed = expect(api.as(ADMIN).put("/api/admin/units/" + station, """
				{"nameEn":"Renamed station","nameHi":"नया नाम थाना","latitude":28.8,"longitude":79.02,"version":%d}"""
			.formatted(unit.get("version").asInt()), "application/json"), 200).json();
		assertThat(renamed.get("nameHi").asString()).isEqualTo("नया नाम थाना");
		// The second of two administrators who read the same version is told someone changed it.
		Api.Response stale = api.as(ADMIN).inHindi().put("/api/admin/units/" + station, """
				{"nameEn":"Other name","nameHi":"दूसरा नाम","version":%d}""".formatted(unit.get("version").asInt()),
				"application/json");
		assertThat(expect(stale, 409).field("code")).isEqualTo("admin.unit.changed-meanwhile");
		assertThat(stale.field("detail")).contains("इस बीच");

		// The public list of units shows a new station at once, for the citizen's form.
		assertThat(expect(api.anonymous().get("/api/public/units?parent=RAMPUR_CIRCLE_CITY"), 200).json()
			.findValuesAsString("code")).contains(station);

		// A station is closed only once nothing is left in it; the refusal says what is.
		Staff.Member io = staff.create(ADMIN, station + "_HALKA_1", "IO");
		Api.Response refused = api.as(ADMIN).post("/api/admin/units/" + station + "/close",
				Map.of("reason", "थाना विलय", "version", renamed.get("version").asInt()));
		assertThat(expect(refused, 422).field("code")).isEqualTo("admin.unit.close.not-empty");
		assertThat(refused.json().get("reasons").findValuesAsString("code")).containsExactly("units-open");
		expect(api.as(ADMIN).post("/api/admin/units/" + station + "_HALKA_1/close",
				Map.of("reason", "विलय", "version", 1)), 422);
		expect(staff.transfer(ADMIN, io.id(), "RAMPUR_GANJ_HALKA_1", "IO"), 200);
		for (String beat : List.of(station + "_HALKA_1", station + "_HALKA_2")) {
			expect(api.as(ADMIN).post("/api/admin/units/" + beat + "/close", Map.of("reason", "विलय", "version", 1)),
					200);
		}
		String reference = new Story(api).filed("THEFT");
		expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);
		Api.Response withWork = api.as(ADMIN).post("/api/admin/units/" + station + "/close",
				Map.of("reason", "थाना विलय", "version", renamed.get("version").asInt()));
		assertThat(expect(withWork, 422).json().get("reasons").findValuesAsString("code"))
			.containsExactly("complaints-open");
		// With no SHO there, the circle officer sends it back to the district's inbox.
		expect(api.as("co.city").post("/api/complaints/" + reference + "/send-back", Map.of("reason", "थाना विलय")),
				200);
		expect(api.as(ADMIN).post("/api/admin/units/" + station + "/close",
				Map.of("reason", "थाना विलय", "version", renamed.get("version").asInt())), 200);

		// Nobody is posted to a closed unit.
		Api.Response toClosed = api.as(ADMIN).post("/api/admin/officers/" + io.id() + "/postings",
				Map.of("unitCode", station + "_HALKA_1", "roles", List.of("IO"), "from", Staff.today().toString(),
						"version", staff.version(ADMIN, io.id())));
		assertThat(expect(toClosed, 400).json().toString()).contains("admin.unit.closed");

		// Nor is a complaint filed or marked to it, and the citizen's list no longer offers it.
		assertThat(expect(api.anonymous().get("/api/public/units?parent=RAMPUR_CIRCLE_CITY"), 200).json()
			.findValuesAsString("code")).doesNotContain(station);
		Api.Response marked = api.as(Story.CELL).post("/api/complaints/" + reference + "/mark",
				Map.of("stationCode", station));
		assertThat(expect(marked, 400).json().toString()).contains("complaint.station.closed");
		Map<String, Object> toClosedStation = Story.complaint(Story.freshMobile(), "THEFT");
		toClosedStation.put("stationCode", station);
		Api.Response filed = api.anonymous().post("/api/public/complaints", toClosedStation);
		assertThat(expect(filed, 400).json().toString()).contains("complaint.station.closed");

		// Another district's units are not this administrator's, and a district's are the state's.
		expect(api.as(ADMIN).post("/api/admin/units", Map.of("kind", "CIRCLE", "parentCode", "AGRA", "nameEn", "X",
				"nameHi", "एक्स")), 400);
		expect(api.as(ADMIN).put("/api/admin/units/RAMPUR", """
				{"nameEn":"Rampur","nameHi":"रामपुर","version":1}""", "application/json"), 403);
		expect(api.as("sp.rampur").get("/api/admin/districts/RAMPUR/units"), 403);
		expect(api.as(ADMIN).get("/api/admin/districts"), 403);
	}

	@Test
	void badOfficersAreRefusedFieldByFieldInTheCallersLanguageAndNothingIsWritten() {
		Staff.Member first = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_1", "IO");
		String mobile = jdbc.sql("select mobile from jurisdiction_officer where id = ?").param(first.id())
			.query(String.class).single();
		long before = officers();

		Api.Response duplicate = api.as(ADMIN).inHindi().post("/api/admin/officers", officer(first.username(),
				Story.freshMobile(), "RAMPUR_KOTWALI_HALKA_1", "IO"));
		assertThat(expect(duplicate, 400).json().get("errors").get(0).get("field").asString()).isEqualTo("username");
		assertThat(duplicate.text()).contains("पहले से");
		assertThat(expect(api.as(ADMIN).post("/api/admin/officers", officer("new.one" + first.id(), mobile,
				"RAMPUR_KOTWALI_HALKA_1", "IO")), 400).json().get("errors").get(0).get("field").asString())
			.isEqualTo("mobile");
		assertThat(expect(api.as(ADMIN).post("/api/admin/officers", officer("new.two" + first.id(),
				Story.freshMobile(), "RAMPUR_KOTWALI_HALKA_1", "SHO")), 400).json().get("errors").get(0).get("field")
			.asString()).isEqualTo("roles");
		Api.Response shape = api.as(ADMIN).post("/api/admin/officers", Map.of("username", "X Y", "nameEn", "",
				"nameHi", "????", "rank", "SI", "mobile", "12345", "posting", Map.of("unitCode", "RAMPUR_KOTWALI",
						"roles", List.of(), "from", "2099-01-01")));
		assertThat(expect(shape, 400).json().get("errors").findValuesAsString("field")).contains("username", "nameEn",
				"nameHi", "mobile", "posting.roles", "posting.from");
		assertThat(expect(api.as(ADMIN).post("/api/admin/officers", officer("new.three" + first.id(),
				Story.freshMobile(), "AGRA", "IO")), 400).json().toString()).contains("admin.unit.unknown");
		assertThat(officers()).as("nothing half-written").isEqualTo(before);
	}

	@Test
	void ofTwoAdministratorsChangingOneOfficerAtOnceOneWinsAndTheOtherGets409() throws Exception {
		Staff.Member io = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_1", "IO");
		int version = staff.version(ADMIN, io.id());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<Integer> transfer = () -> {
				start.await();
				return api.as(ADMIN).post("/api/admin/officers/" + io.id() + "/postings", Map.of("unitCode",
						"RAMPUR_GANJ_HALKA_1", "roles", List.of("IO"), "from", Staff.today().toString(), "version", version))
					.status();
			};
			Callable<Integer> suspend = () -> {
				start.await();
				return api.as("admin.up").post("/api/admin/officers/" + io.id() + "/suspend",
						Map.of("reason", "निलंबन", "version", version)).status();
			};
			Future<Integer> a = pool.submit(transfer);
			Future<Integer> b = pool.submit(suspend);
			start.countDown();
			assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		JsonNode record = expect(api.as(ADMIN).get("/api/admin/officers/" + io.id()), 200).json();
		assertThat(record.get("postings").size()).as("one posting ended, at most one begun").isLessThanOrEqualTo(2);
		int current = 0;
		for (JsonNode posting : record.get("postings")) {
			current += posting.get("endsOn").isNull() ? 1 : 0;
		}
		assertThat(current).as("never two postings at once").isLessThanOrEqualTo(1);
	}

	@Test
	void aSuspendedOfficerCannotSignInAndAReinstatedOneCanAtTheirNewPost() {
		Staff.Member io = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_2", "IO");
		expect(api.as(io.username()).get("/api/me"), 200);
		expect(staff.suspend(ADMIN, io.id()), 200);
		expect(api.as(io.username()).get("/api/me"), 401);
		expect(staff.suspend(ADMIN, io.id()), 409);
		expect(staff.transfer(ADMIN, io.id(), "RAMPUR_GANJ_HALKA_2", "IO"), 200);
		assertThat(expect(api.as(io.username()).get("/api/me"), 200).field("postingCode"))
			.isEqualTo("RAMPUR_GANJ_HALKA_2");
		expect(staff.deactivate(ADMIN, io.id()), 200);
		expect(staff.transfer(ADMIN, io.id(), "RAMPUR_GANJ_HALKA_2", "IO"), 409);
		JsonNode changes = expect(api.as(ADMIN).get("/api/admin/changes?officer=" + io.id()), 200).json();
		assertThat(changes.findValuesAsString("action")).containsExactly("OFFICER_DEACTIVATED", "OFFICER_REINSTATED",
				"OFFICER_SUSPENDED", "ACCOUNT_SETUP_ISSUED", "OFFICER_CREATED");
	}

	@Autowired
	Administration administration;

	@Autowired
	Jurisdiction jurisdiction;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aUnitCreatedInAChangeThatRollsBackIsNeverSeenAfterwards() {
		var admin = jurisdiction.findOfficerByUsername(ADMIN).orElseThrow().asActor();
		String code = "RAMPUR_RB" + System.nanoTime() % 1_000_000;
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			var unit = administration.createUnit(new AdminRequests.NewUnit(UnitKind.STATION, "RAMPUR_CIRCLE_CITY", code,
					"Rolled back", "लौटाया गया", null, null), admin);
			// Inside the change, its own unit is there...
			assertThat(jurisdiction.findUnit(unit.id())).isPresent();
			status.setRollbackOnly();
		});
		// ...and after the rollback, on this instance and to everyone, it never was.
		assertThat(jurisdiction.unitByCode(code)).isEmpty();
		assertThat(expect(api.anonymous().get("/api/public/units?parent=RAMPUR_CIRCLE_CITY"), 200).json()
			.findValuesAsString("code")).doesNotContain(code);
	}

	@Test
	void oddSearchesAndPagesAreAnsweredNotFailed() {
		Staff.Member io = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_1", "IO");
		assertThat(expect(api.as(ADMIN).get("/api/admin/officers?q=" + io.username()), 200).json()
			.findValuesAsString("username")).containsExactly(io.username());
		// A wildcard is a character to look for, not "everyone".
		assertThat(expect(api.as(ADMIN).get("/api/admin/officers?q=%25"), 200).json().size()).isZero();
		assertThat(expect(api.as(ADMIN).get("/api/admin/officers?q=_"), 200).json().size()).isZero();
		// A page far past the end is empty, whatever its number.
		assertThat(expect(api.as(ADMIN).get("/api/admin/changes?page=30000000"), 200).json().size()).isZero();
		assertThat(expect(api.as(ADMIN).get("/api/admin/officers?page=2147483647&size=200"), 200).json().size())
			.isZero();
	}

	@Test
	void theRecordOfAdministrationAndThePostingHistoryCannotBeRewritten() {
		Staff.Member io = staff.create(ADMIN, "RAMPUR_KOTWALI_HALKA_1", "IO");
		expect(staff.transfer(ADMIN, io.id(), "RAMPUR_GANJ_HALKA_1", "IO"), 200);
		assertThat(refused("update jurisdiction_change set details = 'nothing' where officer_id = " + io.id())).isTrue();
		assertThat(refused("delete from jurisdiction_change where officer_id = " + io.id())).isTrue();
		assertThat(refused("update jurisdiction_posting set unit_id = unit_id + 1 where officer_id = " + io.id()))
			.isTrue();
		assertThat(refused("update jurisdiction_posting set ends_on = null where officer_id = " + io.id()
				+ " and ends_on is not null")).isTrue();
		assertThat(refused("delete from jurisdiction_posting where officer_id = " + io.id())).isTrue();
	}

	@Test
	void aRangeSupervisorReadsItsDistrictsAndChangesNothing() {
		String reference = new Story(api).filed("THEFT");
		expect(api.as("dig.moradabad").get("/api/complaints/" + reference), 200);
		expect(api.as("dig.moradabad").post("/api/complaints/" + reference + "/mark",
				Map.of("stationCode", Story.STATION)), 403);
		expect(api.as("dig.moradabad").get("/api/reports/dashboard"), 200);
		expect(api.as("dig.moradabad").get("/api/reports/ranking?level=STATION"), 200);
		expect(api.as("dig.moradabad").get("/api/admin/officers"), 403);
		Map<String, Object> agra = Story.complaint(Story.freshMobile(), "THEFT");
		agra.put("districtCode", "AGRA");
		String outside = expect(api.anonymous().post("/api/public/complaints", agra), 201).field("reference");
		expect(api.as("dig.moradabad").get("/api/complaints/" + outside), 404);
		// The lists behind the figures span the range's districts and stop at its edge.
		String today = Staff.today().toString();
		JsonNode registered = expect(api.as("dig.moradabad")
			.get("/api/reports/cases?kind=REGISTERED&from=" + today + "&to=" + today + "&size=200"), 200).json();
		assertThat(registered.findValuesAsString("reference")).contains(reference).doesNotContain(outside);
	}

	/** Whether the database refused the statement (it must match rows: a statement that changes none proves nothing). */
	private boolean refused(String sql) {
		try {
			assertThat(jdbc.sql(sql).update()).as(sql).isPositive();
			return false;
		}
		catch (RuntimeException refusedByTheDatabase) {
			return true;
		}
	}

	private long officers() {
		return jdbc.sql("select count(*) from jurisdiction_officer").query(Long.class).single();
	}

	private long unitId(String code) {
		return jdbc.sql("select id from jurisdiction_unit where code = ?").param(code).query(Long.class).single();
	}

	private static Map<String, Object> officer(String username, String mobile, String unit, String role) {
		return Map.of("username", username, "nameEn", "Officer " + username, "nameHi", "अधिकारी", "rank",
				"Sub-Inspector", "mobile", mobile, "posting", Map.of("unitCode", unit, "roles", List.of(role), "from",
						Staff.today().toString()));
	}
}
