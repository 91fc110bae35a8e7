package org.samadhan.notification;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher's statements on {@code notification_outbox}. Each runs in a short transaction of
 * its own (REQUIRES_NEW: the dispatcher also runs right after another transaction's commit, whose
 * connection is still bound to the thread). Every change after the claim is guarded by the claim's
 * token, so an instance whose lease ran out and was taken over changes nothing.
 */
@Repository
class OutboxRepository {

	private static final int ERROR_LENGTH = 1000;

	private static final String DUE = "status in ('PENDING', 'SENDING') and next_attempt_at <= :now";

	private static final String CLAIMED = " where id = :id and claimed_by = :token and status = 'SENDING'";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	/**
	 * H2 (2.4) accepts {@code FOR UPDATE SKIP LOCKED} and never hands a locked row to a second
	 * claimer, but with an ORDER BY it takes the first rows of the sorted result before skipping the
	 * locked ones: a claim that runs while another instance holds the oldest rows finds nothing.
	 * Without ORDER BY it skips first and then counts, so on H2 the claim reads in the order of the
	 * due index (status, next_attempt_at) instead of sorting. PostgreSQL skips before it counts in
	 * either case, and reads a partial index of the messages still to send in this order, so that a
	 * claim does not sort the whole backlog (V202612051100).
	 */
	private final String dueOrder;

	OutboxRepository(JdbcClient jdbc, PlatformTransactionManager transactions, DataSource dataSource) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.dueOrder = isH2(dataSource) ? "" : " order by next_attempt_at, id";
	}

	private static boolean isH2(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product.toUpperCase(java.util.Locale.ROOT).contains("H2");
		}
		catch (MetaDataAccessException unknown) {
			return false;
		}
	}

	/**
	 * Claims up to {@code limit} due messages (of {@code onlyIds}, when given) for this claim's
	 * {@code token} until {@code leaseEnd}. Rows another instance is claiming right now are
	 * skipped, not waited for ({@code FOR UPDATE SKIP LOCKED}, on PostgreSQL and on H2 2.x alike);
	 * the update repeats the due condition, so a row is never claimed twice even if a database
	 * did not lock. A row whose lease ran out after its last attempt is given up as FAILED.
	 */
	List<OutboxMessage> claim(String token, Instant now, Instant leaseEnd, int limit, int maxAttempts,
			Collection<Long> onlyIds) {
		return transaction
			.execute(status -> claimInCurrentTransaction(token, now, leaseEnd, limit, maxAttempts, onlyIds));
	}

	/** The claim's statements, in the caller's transaction (a test holds one open to play a slow claimer). */
	List<OutboxMessage> claimInCurrentTransaction(String token, Instant now, Instant leaseEnd, int limit,
			int maxAttempts, Collection<Long> onlyIds) {
		String only = onlyIds == null ? "" : " and id in (:ids)";
		var select = jdbc.sql("select id from notification_outbox where " + DUE + only
				+ dueOrder + " limit :limit for update skip locked")
			.param("now", at(now))
			.param("limit", limit);
		if (onlyIds != null) {
			select.param("ids", onlyIds);
		}
		List<Long> ids = select.query(Long.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		if (onlyIds == null) {
			// The poller's claim gives up what ran out of attempts; the messages a transaction just wrote
			// (onlyIds) have made none.
			jdbc.sql("update notification_outbox set status = 'FAILED', claimed_until = null,"
					+ " last_error = 'abandoned on its last attempt (lease ran out)', body = coalesce(redacted_body, body)"
					+ " where id in (:ids) and status = 'SENDING' and attempts >= :max and " + DUE)
				.param("ids", ids)
				.param("max", maxAttempts)
				.param("now", at(now))
				.update();
		}
		jdbc.sql("update notification_outbox set status = 'SENDING', claimed_by = :token, claimed_until = :until,"
				+ " next_attempt_at = :until, attempts = attempts + 1 where id in (:ids) and " + DUE)
			.param("token", token)
			.param("until", at(leaseEnd))
			.param("ids", ids)
			.param("now", at(now))
			.update();
		return jdbc.sql("""
				select id, channel, recipient, template, subject, body, attempts, claimed_by, claimed_until
				from notification_outbox where id in (:ids) and claimed_by = :token and status = 'SENDING'
				order by id""")
			.param("ids", ids)
			.param("token", token)
			.query(OutboxRepository::message)
			.list();
	}

	/** SENT (the gateway took it) or RECORDED (no gateway). A sent secret is replaced by its redaction. */
	boolean delivered(OutboxMessage message, OutboxStatus outcome, Instant now) {
		String body = outcome == OutboxStatus.SENT ? ", body = coalesce(redacted_body, body)" : "";
		return inTransaction(() -> jdbc.sql("update notification_outbox set status = :status, sent_at = :now,"
				+ " claimed_until = null, last_error = null" + body + CLAIMED)
			.param("status", outcome.name())
			.param("now", at(now))
			.param("id", message.id())
			.param("token", message.claimedBy())
			.update());
	}

	boolean retryLater(OutboxMessage message, String error, Instant at) {
		return inTransaction(() -> jdbc.sql("update notification_outbox set status = 'PENDING', next_attempt_at = :at,"
				+ " claimed_until = null, last_error = :error" + CLAIMED)
			.param("at", at(at))
			.param("error", shorten(error))
			.param("id", message.id())
			.param("token", message.claimedBy())
			.update());
	}

	boolean failed(OutboxMessage message, String error) {
		return inTransaction(() -> jdbc.sql("update notification_outbox set status = 'FAILED', claimed_until = null,"
				+ " last_error = :error, body = coalesce(redacted_body, body)" + CLAIMED)
			.param("error", shorten(error))
			.param("id", message.id())
			.param("token", message.claimedBy())
			.update());
	}

	/** Gives a claimed message back unsent and uncounted: its lease is too short to send it safely. */
	boolean release(OutboxMessage message, Instant now) {
		return inTransaction(() -> jdbc.sql("update notification_outbox set status = 'PENDING', next_attempt_at = :now,"
				+ " claimed_until = null, attempts = attempts - 1" + CLAIMED)
			.param("now", at(now))
			.param("id", message.id())
			.param("token", message.claimedBy())
			.update());
	}

	private boolean inTransaction(java.util.function.IntSupplier update) {
		Integer changed = transaction.execute(status -> update.getAsInt());
		return changed != null && changed == 1;
	}

	/**
	 * Both databases keep microseconds and round the rest; a clock with nanoseconds could then store
	 * a due time a fraction after the "now" it is compared with. Truncating keeps stored <= now.
	 */
	static OffsetDateTime at(Instant instant) {
		return instant == null ? null : SqlTime.param(instant.truncatedTo(ChronoUnit.MICROS));
	}

	private static String shorten(String error) {
		String text = error == null ? "unknown error" : error;
		return text.length() <= ERROR_LENGTH ? text : text.substring(0, ERROR_LENGTH);
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), OutboxChannel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("template"), rs.getString("subject"), rs.getString("body"),
				rs.getInt("attempts"), rs.getString("claimed_by"), SqlTime.read(rs, "claimed_until"));
	}

	/** A claimed message, as the dispatcher sends it. */
	record OutboxMessage(long id, OutboxChannel channel, String recipient, String template, String subject,
			String body, int attempts, String claimedBy, Instant claimedUntil) {
	}
}
