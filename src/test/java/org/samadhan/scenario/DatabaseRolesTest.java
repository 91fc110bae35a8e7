package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL the application runs as a role that owns nothing (issue 9, item 2; .ci/run sets it
 * up as production does): every way of rewriting the record that its login could try is refused by
 * the database, while the application's own work goes on.
 */
@SamadhanTest
class DatabaseRolesTest {

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theApplicationsLoginCannotRewriteTheRecordOrSwitchItsGuardsOff() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assumeThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		String role = jdbc.sql("select current_user").query(String.class).single();
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
			.as("%s is no superuser", role).isFalse();
		assertThat(jdbc.sql("select count(*) from pg_tables where schemaname = 'public' and tableowner = current_user")
			.query(Long.class).single()).as("%s owns no table", role).isZero();

		String reference = new Story(Api.at(port)).marked("THEFT");
		long complaint = jdbc.sql("select id from complaint where reference = ?").param(reference).query(Long.class).single();
		for (String tampering : List.of(
				"set session_replication_role = replica",
				"alter table complaint_history disable trigger all",
				"update complaint_history set reason = 'rewritten' where complaint_id = " + complaint,
				"delete from complaint_history where complaint_id = " + complaint,
				"truncate complaint_history",
				"delete from jurisdiction_change",
				"update jurisdiction_change set details = 'rewritten'",
				"delete from jurisdiction_posting",
				"update enquiry_report set action_taken = action_taken",
				"delete from enquiry_site_visit",
				"delete from review_decision",
				"delete from scrutiny_flag",
				"update attachment set sha256 = sha256",
				"drop table complaint_history",
				"create table rogue (id int)",
				"update flyway_schema_history set checksum = 0")) {
			assertThat(refused(tampering)).as(tampering).isTrue();
		}
		// The work itself goes on: the complaint moves and its history grows.
		expect(reference);
	}

	private void expect(String reference) {
		Story.expect(Api.at(port).as(Story.SHO).get("/api/complaints/" + reference), 200);
		assertThat(jdbc.sql("select count(*) from complaint_history h join complaint c on c.id = h.complaint_id"
				+ " where c.reference = ?").param(reference).query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	private boolean refused(String sql) {
		try {
			jdbc.sql(sql).update();
			return false;
		}
		catch (RuntimeException refusedByTheDatabase) {
			return true;
		}
	}
}
