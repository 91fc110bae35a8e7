package org.samadhan.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means that the database could not be reached for a moment (no connection in
 * time, a connection that died, PostgreSQL restarting): the caller is told 503 with
 * {@link #RETRY_AFTER}, in their language, never 500. Nothing was written: the transaction could
 * not begin, or rolled back with the connection.
 */
public final class DatabaseAway {

	/** What a client is asked to wait before trying again. */
	public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

	/** The message key of what a person is told. */
	public static final String MESSAGE = "request.database-away";

	private DatabaseAway() {
	}

	/**
	 * Looks along the causes too: a rollback on a connection that died fails in its turn
	 * (TransactionSystemException), and carries the failure that started it.
	 */
	public static boolean is(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
				return true;
			}
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& is(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/** SQLSTATE class 08 (connection exception) and 57P (the server shut down or restarted). */
	private static boolean connectionLost(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}
}
