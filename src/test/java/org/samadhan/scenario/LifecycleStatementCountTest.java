package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.SitePhotos;
import org.samadhan.support.StatementLog;
import org.samadhan.support.Story;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What one complaint's journey costs the database: the benchmark's eleven calls (bench/run.sh),
 * each counted at the JDBC driver (statements, writes, commits) and printed, and the whole held
 * under a ceiling so that a change that adds read-backs shows here before it shows in a benchmark;
 * and the read model, written from the events alone, checked against the complaint at the end.
 * Counts, not times: they do not depend on the machine.
 */
@SamadhanTest
@Import(StatementLog.class)
class LifecycleStatementCountTest {

	/**
	 * Today's count (130 on H2: see the printed table), with room for a little; issue 10 aims at 80.
	 * It was 223 before the events carried the complaint, and where it was before, to their listeners,
	 * 155 before a message to send at once was written already claimed, and 148 before the read
	 * model's row and the deadline clock were written once per command.
	 * Tests send messages at once after the commit, on the request's thread (production hands them to
	 * a sender thread): they are counted here.
	 */
	static final int CEILING = 136;

	/**
	 * Today's: one per call, and one more where a message is sent at once after the commit (its
	 * result; it was written claimed, so it needs no claim of its own). It was 15 with the claim.
	 */
	static final int COMMITS = 13;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	record Cost(String call, int statements, int writes, int commits) {
	}

	@Test
	void oneLifecycleCostsFewerStatementsThanTheCeiling() {
		Api api = Api.at(port);
		Story story = new Story(api);
		// the officers' first calls sign them in (a password check): the benchmark's officers are signed in already
		for (String officer : List.of(Story.CELL, Story.SHO, Story.IO, Story.CO, Story.ASP)) {
			api.as(officer).get("/api/complaints?size=1");
		}
		long io = story.officerId(Story.SHO, Story.IO);
		List<Cost> costs = new ArrayList<>();
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		Map<String, Object> complaint = new LinkedHashMap<>(Story.complaint(Story.freshMobile(), "THEFT"));
		String reference = measured(costs, "01 register",
				() -> expect(api.anonymous().post("/api/public/complaints", complaint), 201)).field("reference");
		String at = "/api/complaints/" + reference;
		measured(costs, "02 mark", () -> expect(api.as(Story.CELL).post(at + "/mark", Map.of("stationCode", Story.STATION)), 200));
		measured(costs, "03 assign", () -> expect(api.as(Story.SHO).post(at + "/assign", Map.of("officerId", io)), 200));
		measured(costs, "04 contact", () -> expect(api.as(Story.IO).post(at + "/contacts",
				Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED", "note", "बात हुई")), 201));
		String visit = measured(costs, "05 visit", () -> expect(api.as(Story.IO).post(at + "/visits",
				Map.of("visitedAt", now, "latitude", 28.81, "longitude", 79.03, "accuracyMeters", 10.0)), 201)).field("id");
		byte[] photo = SitePhotos.photo(System.nanoTime());
		measured(costs, "06 photo",
				() -> expect(api.as(Story.IO).upload(at + "/visits/" + visit + "/photos", "spot.jpg", photo), 201));
		measured(costs, "07 statement", () -> expect(api.as(Story.IO).post(at + "/statements",
				Map.of("party", "COMPLAINANT", "personName", "रमेश", "text", "साइकिल चोरी हुई थी, मिल गई।")), 201));
		measured(costs, "08 report", () -> expect(api.as(Story.IO).post(at + "/report",
				Map.of("findings", "साइकिल बस अड्डे के पास मिली और लौटा दी गई।", "actionTaken", "MEDIATION")), 201));
		Map<String, String> approval = Map.of("grade", "A", "remarks", "ठीक", "flagOverrideReason", "फोन पर पुष्टि की");
		measured(costs, "09 approve SHO", () -> expect(api.as(Story.SHO).post(at + "/review/approve", approval), 200));
		measured(costs, "10 approve CO", () -> expect(api.as(Story.CO).post(at + "/review/approve", approval), 200));
		measured(costs, "11 approve ASP", () -> expect(api.as(Story.ASP).post(at + "/review/approve", approval), 200));

		int statements = costs.stream().mapToInt(Cost::statements).sum();
		int writes = costs.stream().mapToInt(Cost::writes).sum();
		int commits = costs.stream().mapToInt(Cost::commits).sum();
		StringBuilder table = new StringBuilder("call               statements  writes  commits\n");
		for (Cost cost : costs) {
			table.append(String.format(Locale.ROOT, "%-18s %10d %7d %8d%n", cost.call(), cost.statements(), cost.writes(),
					cost.commits()));
		}
		table.append(String.format(Locale.ROOT, "%-18s %10d %7d %8d%n", "lifecycle", statements, writes, commits));
		System.out.print(table);
		assertThat(story.status(reference)).isEqualTo("FEEDBACK_PENDING");
		// the read model, written from the events alone, agrees with the complaint
		Map<String, Object> complaintRow = jdbc.sql("""
				select status, district_id, circle_id, station_id, enquiry_officer_id, due_on, return_count
				from complaint where reference = ?""").param(reference).query().singleRow();
		Map<String, Object> readModel = jdbc.sql("""
				select status, district_id, circle_id, station_id, officer_id, due_on, return_count, pending, disposed,
				       disposed_in_time, feedback, settled_on, escalation_level
				from reporting_case where reference = ?""").param(reference).query().singleRow();
		assertThat(readModel).containsEntry("status", complaintRow.get("status"))
			.containsEntry("district_id", complaintRow.get("district_id"))
			.containsEntry("circle_id", complaintRow.get("circle_id"))
			.containsEntry("station_id", complaintRow.get("station_id"))
			.containsEntry("officer_id", complaintRow.get("enquiry_officer_id"))
			.containsEntry("due_on", complaintRow.get("due_on"))
			.containsEntry("pending", false)
			.containsEntry("disposed", true)
			.containsEntry("disposed_in_time", true)
			.containsEntry("feedback", "PENDING");
		assertThat(readModel.get("settled_on")).isNotNull();
		assertThat(readModel.get("due_on")).isNotNull();
		assertThat(statements).as(table.toString()).isLessThanOrEqualTo(CEILING);
		assertThat(commits).as(table.toString()).isLessThanOrEqualTo(COMMITS);
	}

	private static Api.Response measured(List<Cost> costs, String call, Supplier<Api.Response> request) {
		StatementLog.clear();
		Api.Response response = request.get();
		costs.add(new Cost(call, StatementLog.statements().size(), StatementLog.writes().size(), StatementLog.commits()));
		if (System.getProperty("samadhan.print-statements") != null) {
			StatementLog.statements().forEach(sql -> System.out.println(call + " | " + sql.replaceAll("\\s+", " ")));
		}
		return response;
	}
}
