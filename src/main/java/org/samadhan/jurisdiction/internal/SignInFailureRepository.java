package org.samadhan.jurisdiction.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wrong passwords per account and per address, shared by every instance through the database. */
@Repository
public class SignInFailureRepository {

	private static final String COLUMNS = "kind, subject, failures, last_attempt_at, last_address";

	private final JdbcClient jdbc;

	SignInFailureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The row, locked until the transaction ends: attempts on one account or address take turns. */
	public Optional<Row> lock(String kind, String subject) {
		return jdbc.sql("select " + COLUMNS + " from jurisdiction_sign_in_failure where kind = ? and subject = ? for update")
			.params(kind, subject)
			.query(SignInFailureRepository::map)
			.optional();
	}

	public Optional<Row> find(String kind, String subject) {
		return jdbc.sql("select " + COLUMNS + " from jurisdiction_sign_in_failure where kind = ? and subject = ?")
			.params(kind, subject)
			.query(SignInFailureRepository::map)
			.optional();
	}

	/** A first row; fails with a duplicate key if another attempt inserted it meanwhile. */
	public void insert(String kind, String subject, int failures, Instant at, String address) {
		jdbc.sql("""
				insert into jurisdiction_sign_in_failure (kind, subject, failures, last_attempt_at, last_address)
				values (?, ?, ?, ?, ?)""")
			.params(kind, subject, failures, SqlTime.param(at), address)
			.update();
	}

	public void update(String kind, String subject, int failures, Instant at, String address) {
		jdbc.sql("""
				update jurisdiction_sign_in_failure set failures = ?, last_attempt_at = ?, last_address = ?
				where kind = ? and subject = ?""")
			.params(failures, SqlTime.param(at), address, kind, subject)
			.update();
	}

	/** Takes one attempt back off the count (it turned out to be the right password). */
	public void uncount(String kind, String subject) {
		jdbc.sql("update jurisdiction_sign_in_failure set failures = failures - 1 where kind = ? and subject = ? and failures > 0")
			.params(kind, subject)
			.update();
	}

	public boolean delete(String kind, String subject) {
		return jdbc.sql("delete from jurisdiction_sign_in_failure where kind = ? and subject = ?")
			.params(kind, subject)
			.update() > 0;
	}

	/** Forgets rows whose latest attempt is older than {@code before}. */
	public int forgetBefore(Instant before) {
		return jdbc.sql("delete from jurisdiction_sign_in_failure where last_attempt_at < ?")
			.param(SqlTime.param(before))
			.update();
	}

	/** Rows of this kind with at least {@code failures}, whose latest attempt is after {@code since}. */
	public List<Row> atLeast(String kind, int failures, Instant since) {
		return jdbc.sql("select " + COLUMNS + " from jurisdiction_sign_in_failure "
				+ "where kind = ? and failures >= ? and last_attempt_at > ? order by last_attempt_at desc")
			.params(kind, failures, SqlTime.param(since))
			.query(SignInFailureRepository::map)
			.list();
	}

	private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getString("kind"), rs.getString("subject"), rs.getInt("failures"),
				SqlTime.read(rs, "last_attempt_at"), rs.getString("last_address"));
	}

	public record Row(String kind, String subject, int failures, Instant lastAttemptAt, String lastAddress) {
	}
}
