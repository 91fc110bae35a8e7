package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pooled connections die under the application (PostgreSQL restarted, a firewall cut them): the
 * next citizens and officers are answered, or told 503 with Retry-After, never 500 (issue 9, item 9).
 * PostgreSQL only: H2 in a file has no server to lose.
 */
@SamadhanTest
class DatabaseAwayScenarioTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	/**
	 * This context's connections carry a name of their own, so that the test cuts only them: the
	 * other test classes' cached contexts share the database and must keep theirs.
	 */
	private static final String APPLICATION_NAME = "samadhan-database-away-test";

	@DynamicPropertySource
	static void nameTheConnectionsOnPostgresql(DynamicPropertyRegistry properties) {
		if (String.valueOf(System.getenv("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql:")) {
			properties.add("spring.datasource.hikari.data-source-properties.ApplicationName", () -> APPLICATION_NAME);
		}
	}

	@Test
	void deadPooledConnectionsAreNeverA500() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assumeThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		Api api = Api.at(port);
		Story story = new Story(api);
		String reference = story.filed("THEFT");
		List<Integer> statuses = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			// Every other connection of this application's pool is cut, as a restart of PostgreSQL would.
			jdbc.sql("""
					select count(pg_terminate_backend(pid)) from pg_stat_activity
					where application_name = ? and datname = current_database() and pid <> pg_backend_pid()""")
				.param(APPLICATION_NAME)
				.query(Long.class)
				.single();
			for (int i = 0; i < 5; i++) {
				statuses.add(api.as(Story.CELL).get("/api/complaints/" + reference).status());
				statuses.add(api.anonymous().post("/api/public/complaints", Story.complaint(Story.freshMobile(), "THEFT"))
					.status());
			}
		}
		assertThat(statuses).allMatch(s -> s == 200 || s == 201 || s == 503);
		assertThat(statuses).as("the pool replaces what died").contains(200, 201);
	}
}
