package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Of several conflicting actions on one complaint at the same moment, exactly one wins. */
@SamadhanTest
class ConcurrentActionsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ofTwentyConflictingActionsExactlyOneSucceedsAndTheRestGet409() throws Exception {
		Api api = Api.at(port);
		Story story = new Story(api);
		String reference = story.filed("THEFT");
		String[] stations = { "RAMPUR_KOTWALI", "RAMPUR_GANJ", "RAMPUR_CIVIL_LINES", "RAMPUR_MILAK", "RAMPUR_SWAR" };
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Callable<Integer>> actions = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				String path = "/api/complaints/" + reference + (i % 4 == 3 ? "/transfer-out" : "/mark");
				Map<String, Object> body = i % 4 == 3
						? Map.of("receivingOffice", "Tehsildar " + i, "reason", "not police")
						: Map.of("stationCode", stations[i % stations.length], "note", "attempt " + i);
				String officer = i % 2 == 0 ? Story.CELL : Story.ASP;
				actions.add(() -> {
					start.await();
					return api.as(officer).post(path, body).status();
				});
			}
			List<Future<Integer>> results = new ArrayList<>();
			for (Callable<Integer> action : actions) {
				results.add(pool.submit(action));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409);
		long complaintId = jdbc.sql("select id from complaint where reference = ?").param(reference).query(Long.class)
			.single();
		assertThat(jdbc.sql("select count(*) from complaint_history where complaint_id = ?").param(complaintId)
			.query(Long.class).single()).as("register, route, and the one winning move").isEqualTo(3);
		assertThat(jdbc.sql("select version from complaint where id = ?").param(complaintId).query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	void ofTwentyReviewersApprovingTheSameReportAtOnceOneWinsAndTheRestAreToldItWasDecided() throws Exception {
		Api api = Api.at(port);
		String reference = new Story(api).reported("THEFT");
		List<Integer> statuses = all(20, i -> api.as(Story.SHO)
			.post("/api/complaints/" + reference + "/review/approve", Map.of("grade", "B", "remarks", "attempt " + i,
					"flagOverrideReason", "checked by phone"))
			.status());
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409);
		assertThat(jdbc.sql("select count(*) from review_decision d join complaint c on c.id = d.complaint_id "
				+ "where c.reference = ?").param(reference).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void workRecordedWhileTheReportIsFiledIsEitherInBeforeItOrRefused() throws Exception {
		Api api = Api.at(port);
		Story story = new Story(api);
		String reference = story.enquired("THEFT");
		String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
		List<Integer> statuses = all(10, i -> i == 0 ? story.submitReport(reference, Story.IO).status()
				: api.as(Story.IO)
					.post("/api/complaints/" + reference + "/contacts",
							Map.of("contactedAt", now, "mode", "CALL", "outcome", "REACHED", "note", "call " + i))
					.status());
		assertThat(statuses.get(0)).isEqualTo(201);
		assertThat(statuses.subList(1, statuses.size())).allMatch(s -> s == 201 || s == 409);
		long contactsAfterReport = jdbc.sql("""
				select count(*) from enquiry_contact k join complaint c on c.id = k.complaint_id
				join enquiry_report r on r.complaint_id = c.id
				where c.reference = ? and k.recorded_at > r.submitted_at""").param(reference).query(Long.class).single();
		assertThat(contactsAfterReport).isZero();
	}

	@Test
	void anSHOWhoAssignsWhileTheComplaintIsSentBackLosesWith409NotANotFound() throws Exception {
		Api api = Api.at(port);
		Story story = new Story(api);
		for (int round = 0; round < 3; round++) {
			String reference = story.marked("THEFT");
			long io = story.officerId(Story.SHO, Story.IO);
			List<Integer> statuses = all(10, i -> (i % 2 == 0
					? api.as(Story.SHO).post("/api/complaints/" + reference + "/send-back",
							Map.of("reason", "दूसरे थाने का मामला " + i))
					: api.as(Story.SHO).post("/api/complaints/" + reference + "/assign",
							Map.of("officerId", io, "note", "जाँच करें " + i)))
				.status());
			assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
			assertThat(statuses).as("every loser is told of the lost race").filteredOn(s -> s != 200)
				.allMatch(s -> s == 409);
		}
	}

	@Test
	void anOfficerWhoseEnquiryIsHandedOverWhileHeFilesTheReportLosesWith409() throws Exception {
		Api api = Api.at(port);
		Story story = new Story(api);
		String reference = story.enquired("THEFT");
		long other = story.officerId(Story.SHO, "io.kotwali.2");
		List<Integer> statuses = all(6, i -> i == 0
				? api.as(Story.SHO).post("/api/complaints/" + reference + "/hand-over",
						Map.of("officerId", other, "reason", "छुट्टी पर")).status()
				: story.submitReport(reference, Story.IO).status());
		assertThat(statuses).filteredOn(s -> s == 200 || s == 201).hasSize(1);
		assertThat(statuses).filteredOn(s -> s != 200 && s != 201).allMatch(s -> s == 409);
		// Long after the move, the officer who lost it simply does not see it.
		assertThat(api.as(Story.IO).get("/api/complaints/" + reference).status()).isIn(200, 404);
	}

	/** Runs {@code count} calls at the same moment and collects their statuses in order. */
	private static List<Integer> all(int count, java.util.function.IntFunction<Integer> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(count);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				results.add(pool.submit(() -> {
					start.await();
					return call.apply(index);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}
}
