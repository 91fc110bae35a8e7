package org.samadhan.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything else starts, makes sure the database answers, and says in one line what is wrong
 * when it does not (the first thing a person reads, not the last line of a 131-line trace). With
 * {@code samadhan.database.wait} (say {@code 60s}) it keeps trying that long first, for a database
 * that starts beside the application. An embedded H2 database needs no check. Registered in
 * {@code META-INF/spring.factories}: it runs before the application context exists.
 */
public class DatabaseAtStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseAtStart.class);

	private static final Duration BETWEEN_TRIES = Duration.ofSeconds(2);

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		check(event.getEnvironment());
	}

	static void check(ConfigurableEnvironment environment) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isBlank() || url.startsWith("jdbc:h2:")) {
			return;
		}
		String user = environment.getProperty("spring.datasource.username");
		String password = environment.getProperty("spring.datasource.password");
		Duration wait = DurationStyle.detectAndParse(environment.getProperty("samadhan.database.wait", "0s"));
		long deadline = System.nanoTime() + wait.toNanos();
		DriverManager.setLoginTimeout(5);
		while (true) {
			try (Connection connection = DriverManager.getConnection(url, user, password)) {
				return;
			}
			catch (SQLException unreachable) {
				if (System.nanoTime() >= deadline) {
					throw new DatabaseUnreachableException(url, unreachable);
				}
				log.warn("Waiting for the database at {}: {}", DatabaseUnreachableException.withoutPassword(url),
						unreachable.getMessage());
				try {
					Thread.sleep(BETWEEN_TRIES.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new DatabaseUnreachableException(url, unreachable);
				}
			}
		}
	}

	/** After logging is set up, which the same event does. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** The database did not answer at start; {@link DatabaseUnreachableAnalyzer} says so in a line. */
	static class DatabaseUnreachableException extends RuntimeException {

		private final String url;

		DatabaseUnreachableException(String url, SQLException cause) {
			super("Samadhan cannot reach its database at " + withoutPassword(url) + ": " + cause.getMessage(), cause);
			this.url = url;
		}

		String url() {
			return url;
		}

		/** An address may carry the password ({@code ?password=…}); the log never shows it. */
		static String withoutPassword(String url) {
			return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
		}
	}
}
