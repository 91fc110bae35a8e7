package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses to rewrite or delete a complaint's history, on PostgreSQL and on H2. */
@SamadhanTest
class HistoryIsAppendOnlyTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void refusesUpdateAndDeleteOfHistoryRows() {
		String reference = new Story(Api.at(port)).filed("THEFT");
		long complaintId = jdbc.sql("select id from complaint where reference = ?").param(reference).query(Long.class)
			.single();
		assertThatThrownBy(() -> jdbc.sql("update complaint_history set reason = 'rewritten' where complaint_id = ?")
			.param(complaintId)
			.update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from complaint_history where complaint_id = ?").param(complaintId)
			.update()).isInstanceOf(DataAccessException.class);
		assertThat(jdbc.sql("select count(*) from complaint_history where complaint_id = ? and reason = 'rewritten'")
			.param(complaintId)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from complaint_history where complaint_id = ?").param(complaintId)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void refusesToTruncateTheHistoryOnPostgresql() throws Exception {
		try (java.sql.Connection connection = dataSource.getConnection()) {
			org.junit.jupiter.api.Assumptions.assumeTrue(
					connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
					"TRUNCATE is refused by the PostgreSQL trigger; H2 has no truncate trigger");
		}
		assertThatThrownBy(() -> jdbc.sql("truncate complaint_history").update()).isInstanceOf(DataAccessException.class);
	}
}
