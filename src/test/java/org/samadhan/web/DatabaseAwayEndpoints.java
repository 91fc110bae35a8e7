package org.samadhan.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API call that finds the database away (no connection in time), as during an outage, to see
 * what a program is told (the page's twin is in the pages' tests, where page errors are handled).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DatabaseAwayEndpoints.Api.class)
public class DatabaseAwayEndpoints {

	@RestController
	static class Api {

		@RequestMapping("/api/public/database-away-for-test")
		String call() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		}

		@RequestMapping("/api/public/storage-away-for-test")
		String storageAway() {
			throw new org.samadhan.shared.StorageAway("could not reach bucket samadhan",
					new java.net.ConnectException("Connection refused"));
		}
	}
}
