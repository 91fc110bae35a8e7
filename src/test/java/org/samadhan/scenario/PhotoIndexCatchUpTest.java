package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SharedDatabaseInstances;
import org.samadhan.support.SitePhotos;
import org.samadhan.support.Story;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * A listener that follows the commit (the site photo index, docs/adr/0015) catches up when its
 * instance dies between the upload's commit and the listener's end, and runs once although two
 * instances are left to catch it up. The first instance takes the upload and commits it, and then
 * never runs what follows the commit (its task executor drops the work, as a process killed at that
 * moment would); it is closed. Two new instances on the same database find the publication stale,
 * and one of them indexes the photo: one row, its band rows once, the photo hashed once in all.
 */
class PhotoIndexCatchUpTest {

	static final SharedDatabaseInstances instances = new SharedDatabaseInstances();

	@AfterAll
	static void stop() {
		instances.close();
	}

	/** An instance that dies after every commit, before anything that follows it runs. */
	@Configuration(proxyBeanMethods = false)
	static class DiesAfterTheCommit {

		@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
		TaskExecutor applicationTaskExecutor() {
			return work -> {
			};
		}
	}

	@Test
	void aPhotoWhoseInstanceDiedAfterTheUploadIsIndexedOnceByOneOfTheTwoThatRemain() throws Exception {
		// the instances share one attachment store, as in production (a folder here)
		String store = "target/test-attachments/" + java.util.UUID.randomUUID();
		ConfigurableApplicationContext dying = instances.start(Map.of("samadhan.attachments.directory", store),
				DiesAfterTheCommit.class);
		Api api = Api.at(((WebServerApplicationContext) dying).getWebServer().getPort());
		String reference = new Story(api).assigned("THEFT");
		Api io = api.as(Story.IO);
		Api.Response visit = expect(io.post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", Instant.now().minusSeconds(60).toString(), "latitude", 28.8101, "longitude", 79.0302,
						"accuracyMeters", 12.0)),
				201);
		String photoId = expect(io.upload("/api/complaints/" + reference + "/visits/" + visit.field("id") + "/photos",
				"spot.jpg", SitePhotos.photo(System.nanoTime())), 201).field("id");

		JdbcTemplate db = dying.getBean(JdbcTemplate.class);
		assertThat(indexed(db, photoId)).as("indexed in the upload's transaction").isZero();
		assertThat(pending(db, photoId)).as("the publication kept with the upload").isEqualTo(1);
		dying.close();

		Map<String, String> catchingUp = Map.of("samadhan.attachments.directory", store,
				"samadhan.events.catch-up.enabled", "true",
				"samadhan.events.catch-up.interval", "PT0.3S", "samadhan.events.catch-up.min-age", "PT0S",
				"spring.modulith.events.staleness.published", "PT1S", "spring.modulith.events.staleness.processing",
				"PT1S", "spring.modulith.events.staleness.check-intervall", "PT0.3S");
		ConfigurableApplicationContext one = instances.start(catchingUp);
		ConfigurableApplicationContext other = instances.start(catchingUp);
		db = one.getBean(JdbcTemplate.class);

		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while ((indexed(db, photoId) == 0 || pending(db, photoId) > 0) && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(indexed(db, photoId)).isEqualTo(1);
		assertThat(pending(db, photoId)).as("the publication completed").isZero();
		Integer bandRows = db.queryForObject("select count(*) from scrutiny_photo_band where attachment_id = ?",
				Integer.class, photoId);
		Integer distinctBandRows = db.queryForObject(
				"select count(*) from (select distinct band_key, crop from scrutiny_photo_band where attachment_id = ?) b",
				Integer.class, photoId);
		assertThat(bandRows).isPositive().isEqualTo(distinctBandRows);

		Thread.sleep(1_500); // further rounds of both instances' catch-up find nothing to run again
		assertThat(hashed(one) + hashed(other)).as("photos hashed by the two instances together").isEqualTo(1);
		assertThat(indexed(db, photoId)).isEqualTo(1);
	}

	private static int indexed(JdbcTemplate db, String photoId) {
		return db.queryForObject("select count(*) from scrutiny_site_photo where attachment_id = ?", Integer.class,
				photoId);
	}

	/** The photo's publications not yet completed (the suite's other contexts may leave their own). */
	private static int pending(JdbcTemplate db, String photoId) {
		return db.queryForObject("select count(*) from event_publication where listener_id like '%SitePhotoIndex%' "
				+ "and serialized_event like ?", Integer.class, "%" + photoId + "%");
	}

	private static long hashed(ConfigurableApplicationContext instance) {
		Timer timer = instance.getBean(MeterRegistry.class).find("samadhan.scrutiny.photo-hash").timer();
		return timer == null ? 0 : timer.count();
	}
}
