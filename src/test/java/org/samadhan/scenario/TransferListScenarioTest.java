package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Staff;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A transfer list, as a district publishes it, applied in one step: the preview says whose work
 * goes where and who can hand it on there; the list moves every officer or none; nothing is left
 * with no one able to act on it.
 */
@SamadhanTest
class TransferListScenarioTest {

	static final String ADMIN = "admin.rampur";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	Story story;

	Staff staff;

	String tag;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
		staff = new Staff(api, jdbc);
		tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

	@Test
	void aPublishedListMovesEveryOfficerAtOnceAndTheirOpenEnquiriesGoToTheShosList() {
		String station = staff.station(ADMIN, "RAMPUR_CIRCLE_CITY");
		Staff.Member sho = staff.create(ADMIN, station, "SHO");
		Staff.Member first = staff.create(ADMIN, station + "_HALKA_1", "IO");
		Staff.Member second = staff.create(ADMIN, station + "_HALKA_2", "IO");
		Staff.Member stays = staff.create(ADMIN, station + "_HALKA_2", "IO");
		List<String> held = new ArrayList<>();
		for (Staff.Member io : List.of(first, first, second)) {
			String reference = story.filed("THEFT");
			expect(api.as(Story.CELL).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)),
					200);
			expect(api.as(sho.username()).post("/api/complaints/" + reference + "/assign", Map.of("officerId", io.id())),
					200);
			held.add(reference);
		}
		String list = "name,username,posting,roles,from,order_ref,remarks\n"
				+ "First," + first.username() + ",RAMPUR_GANJ_HALKA_1,IO,,SP/Transfer/" + tag + ",\n"
				+ "Second," + second.username() + ",RAMPUR_MILAK_HALKA_1,IO,,SP/Transfer/" + tag + ",\n"
				+ "Stays," + stays.username() + "," + station + "_HALKA_2,IO,,,no change\n";

		JsonNode preview = expect(transfers(ADMIN, list, false), 200).json();
		assertThat(preview.get("valid").asBoolean()).as(preview.toString()).isTrue();
		assertThat(preview.get("counts").get("TRANSFER").asInt()).isEqualTo(2);
		assertThat(preview.get("counts").get("UNCHANGED").asInt()).isEqualTo(1);
		assertThat(preview.get("enquiriesHandedOn").asInt()).isEqualTo(3);
		assertThat(preview.get("leftWithNoOne").asInt()).isZero();
		JsonNode handed = preview.get("handedOn").get(0);
		assertThat(handed.get("stationCode").asString()).isEqualTo(station);
		assertThat(texts(handed.get("references"))).containsExactlyInAnyOrderElementsOf(held);
		assertThat(texts(handed.get("whoCanHandOver"))).startsWith(sho.username()).contains("co.city", "asp.rampur");
		expect(api.as(first.username()).get("/api/complaints/" + held.get(0)), 200);

		awaitDone(transfers(ADMIN, list, true));

		expect(api.as(first.username()).get("/api/complaints/" + held.get(0)), 404);
		List<String> toReassign = new ArrayList<>();
		expect(api.as(sho.username()).get("/api/complaints/to-reassign?size=100"), 200).json()
			.forEach(c -> toReassign.add(c.get("reference").asString()));
		assertThat(toReassign).containsAll(held);
		JsonNode moved = expect(api.as(ADMIN).get("/api/admin/officers/" + second.id()), 200).json();
		assertThat(moved.get("officer").get("postingCode").asString()).isEqualTo("RAMPUR_MILAK_HALKA_1");
		assertThat(moved.get("postings").get(0).get("orderRef").asString()).isEqualTo("SP/Transfer/" + tag);
		JsonNode changes = expect(api.as(ADMIN).get("/api/admin/changes"), 200).json();
		assertThat(changes.findValuesAsString("action")).contains("TRANSFER_LIST_APPLIED", "OFFICER_TRANSFERRED");

		for (String reference : held) {
			expect(api.as(sho.username()).post("/api/complaints/" + reference + "/hand-over",
					Map.of("officerId", stays.id(), "reason", "स्थानांतरण सूची " + tag)), 200);
		}
	}

	@Test
	void aListWithAFaultMovesNoOneAndNamesEachFault() {
		String station = staff.station(ADMIN, "RAMPUR_CIRCLE_CITY");
		Staff.Member io = staff.create(ADMIN, station + "_HALKA_1", "IO");
		Staff.Member other = staff.create(ADMIN, station + "_HALKA_2", "IO");
		String list = "username,posting,roles,from,order_ref\n"
				+ io.username() + ",RAMPUR_GANJ_HALKA_1,IO,,\n"
				+ "nobody." + tag.toLowerCase() + ",RAMPUR_GANJ_HALKA_1,IO,,\n"
				+ other.username() + ",RAMPUR_GANJ_HALKA_1,SHO,,\n"
				+ io.username() + ",RAMPUR_GANJ_HALKA_2,IO,,\n"
				+ other.username() + ",AGRA,IO,2099-01-01,\n";
		JsonNode preview = expect(transfers(ADMIN, list, false), 200).json();
		assertThat(preview.get("valid").asBoolean()).isFalse();
		assertThat(faults(preview)).contains("3 username", "4 roles", "5 username", "6 username", "6 posting", "6 from");
		expect(transfers(ADMIN, list, true), 422);
		JsonNode unmoved = expect(api.as(ADMIN).get("/api/admin/officers/" + io.id()), 200).json();
		assertThat(unmoved.get("officer").get("postingCode").asString()).isEqualTo(station + "_HALKA_1");

		// A move dated before the officer's current posting began is named in the preview, not found
		// half-way through the real run.
		String backdated = "username,posting,roles,from,order_ref\n" + io.username() + ",RAMPUR_GANJ_HALKA_1,IO,"
				+ Staff.today().minusDays(1) + ",\n";
		JsonNode early = expect(transfers(ADMIN, backdated, false), 200).json();
		assertThat(faults(early)).containsExactly("2 from");
		assertThat(early.toString()).contains("admin.posting.from.before-current");
	}

	@Test
	void aListThatWouldLeaveEnquiriesWithNoOneToHandThemOnIsRefused() {
		// A district of its own with one station and no one above its SHO: the state cell marks its complaints.
		String district = "SAMBHAL";
		String station = "SAMBHAL_" + tag + "_KOTWALI";
		String circle = "SAMBHAL_" + tag + "_CIRCLE";
		String units = "code,kind,parent,name_en,name_hi,latitude,longitude\n" + circle + ",CIRCLE," + district
				+ ",Circle " + tag + ",सर्किल " + tag + ",,\n" + station + ",STATION," + circle + ",Station " + tag
				+ ",थाना " + tag + ",,\n" + station + "_HALKA_1,BEAT," + station + ",Beat,हल्का,,\n";
		expect(api.as("admin.up").uploadFiles("/api/admin/districts/" + district + "/setup?apply=false",
				Map.of("units", units.getBytes(StandardCharsets.UTF_8)), Map.of()), 200);
		awaitDone(api.as("admin.up").uploadFiles("/api/admin/districts/" + district + "/setup?apply=true",
				Map.of("units", units.getBytes(StandardCharsets.UTF_8)), Map.of()), "admin.up");
		Staff.Member sho = staff.create("admin.up", station, "SHO");
		Staff.Member io = staff.create("admin.up", station + "_HALKA_1", "IO");
		Map<String, Object> body = Story.complaint(Story.freshMobile(), "THEFT");
		body.put("districtCode", district);
		String reference = expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference");
		expect(api.as("cell.up").post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);
		expect(api.as(sho.username()).post("/api/complaints/" + reference + "/assign", Map.of("officerId", io.id())),
				200);

		String list = "username,posting,roles,from,order_ref\n" + sho.username() + ",RAMPUR_GANJ,SHO,,\n"
				+ io.username() + ",RAMPUR_GANJ_HALKA_1,IO,,\n";
		JsonNode preview = expect(transfers("admin.up", list, false), 200).json();
		assertThat(preview.get("valid").asBoolean()).isTrue();
		assertThat(preview.get("leftWithNoOne").asInt()).isEqualTo(1);
		assertThat(preview.get("handedOn").get(0).get("whoCanHandOver")).isEmpty();
		expect(transfers("admin.up", list, true), 422);
		assertThat(expect(api.as(io.username()).get("/api/complaints/" + reference), 200).field("status"))
			.isEqualTo("ASSIGNED");
	}

	@Test
	void aWorkbookWithNoSheetIsRefusedInWordsNotFailed() throws java.io.IOException {
		byte[] empty;
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			book.createSheet("blank");
			book.write(out);
			empty = out.toByteArray();
		}
		Api.Response refused = api.as(ADMIN).uploadFile("/api/admin/transfers?apply=false", "file", "list.xlsx", empty);
		assertThat(refused.status()).as(refused.text()).isBetween(400, 499);
		assertThat(refused.text()).contains("NO_SHEET");
	}

	private Api.Response transfers(String admin, String csv, boolean apply) {
		return api.as(admin).uploadFile("/api/admin/transfers?apply=" + apply, "file", "transfers.csv",
				csv.getBytes(StandardCharsets.UTF_8));
	}

	private void awaitDone(Api.Response started) {
		awaitDone(started, ADMIN);
	}

	private void awaitDone(Api.Response started, String admin) {
		String id = expect(started, 202).json().get("uploadId").asString();
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			JsonNode upload = expect(api.as(admin).get("/api/admin/uploads/" + id), 200).json();
			if (!upload.get("status").asString().equals("RUNNING")) {
				assertThat(upload.get("status").asString()).as(upload.toString()).isEqualTo("DONE");
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("upload " + id + " still running");
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(t -> texts.add(t.asString()));
		return texts;
	}

	private static List<String> faults(JsonNode plan) {
		List<String> faults = new ArrayList<>();
		for (JsonNode line : plan.get("lines")) {
			for (JsonNode error : line.get("errors")) {
				faults.add(line.get("row").asInt() + " " + error.get("column").asString());
			}
		}
		return faults;
	}
}
