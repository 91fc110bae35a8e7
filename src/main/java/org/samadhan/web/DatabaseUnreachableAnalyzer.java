package org.samadhan.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a database that did not answer at start into Spring Boot's short failure report: the cause
 * in one line and what to do, with the stack trace only at debug level.
 */
class DatabaseUnreachableAnalyzer extends AbstractFailureAnalyzer<DatabaseAtStart.DatabaseUnreachableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseAtStart.DatabaseUnreachableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Start PostgreSQL, or point SPRING_DATASOURCE_URL (and the user and password) at it. To wait for a "
						+ "database that starts later, set samadhan.database.wait, for example SAMADHAN_DATABASE_WAIT=60s.",
				cause);
	}
}
