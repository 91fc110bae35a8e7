package org.samadhan.jurisdiction.internal;

import java.time.Instant;
import java.util.Optional;

import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** One-time setups (link and code) by which officers set a password; only their hashes are kept. */
@Repository
public class AccountSetupRepository {

	private static final String COLUMNS = "id, officer_id, code_hash, reason, issued_at, expires_at, wrong_codes";

	/** Neither used, nor superseded by a newer one, nor burnt by wrong codes, nor expired. */
	private static final String OPEN = " used_at is null and superseded_at is null and wrong_codes < :tries and expires_at > :now";

	private final JdbcClient jdbc;

	AccountSetupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Supersedes the officer's open setups and stores a new one; answers its id. */
	public long issue(long officerId, String tokenHash, String codeHash, String reason, Long by, Instant at,
			Instant expiresAt) {
		jdbc.sql("update jurisdiction_account_setup set superseded_at = ? where officer_id = ? and used_at is null "
				+ "and superseded_at is null")
			.params(SqlTime.param(at), officerId)
			.update();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into jurisdiction_account_setup (officer_id, token_hash, code_hash, reason, issued_by, issued_at,
				                                        expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(officerId, tokenHash, codeHash, reason, by, SqlTime.param(at), SqlTime.param(expiresAt))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public Optional<Setup> openByToken(String tokenHash, int tries, Instant now) {
		return jdbc.sql("select " + COLUMNS + " from jurisdiction_account_setup where token_hash = :token and" + OPEN)
			.param("token", tokenHash)
			.param("tries", tries)
			.param("now", SqlTime.param(now))
			.query(AccountSetupRepository::map)
			.optional();
	}

	/** The officer's open setup, if any (there is at most one: a new one supersedes the others). */
	public Optional<Setup> openOf(long officerId, int tries, Instant now) {
		return jdbc.sql("select " + COLUMNS + " from jurisdiction_account_setup where officer_id = :officer and" + OPEN
				+ " order by id desc")
			.param("officer", officerId)
			.param("tries", tries)
			.param("now", SqlTime.param(now))
			.query(AccountSetupRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	public void countWrongCode(long id) {
		jdbc.sql("update jurisdiction_account_setup set wrong_codes = wrong_codes + 1 where id = ?").param(id).update();
	}

	/** Uses the setup up if it is still open; answers whether this call did (of two at once, one does). */
	public boolean use(long id, int tries, Instant now) {
		return jdbc.sql("update jurisdiction_account_setup set used_at = :now where id = :id and" + OPEN)
			.param("id", id)
			.param("tries", tries)
			.param("now", SqlTime.param(now))
			.update() == 1;
	}

	private static Setup map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Setup(rs.getLong("id"), rs.getLong("officer_id"), rs.getString("code_hash"), rs.getString("reason"),
				SqlTime.read(rs, "issued_at"), SqlTime.read(rs, "expires_at"), rs.getInt("wrong_codes"));
	}

	public record Setup(long id, long officerId, String codeHash, String reason, Instant issuedAt, Instant expiresAt,
			int wrongCodes) {
	}
}
