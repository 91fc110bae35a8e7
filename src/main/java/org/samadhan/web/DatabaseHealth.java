package org.samadhan.web;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database's part of {@code /actuator/health}, answered within a second even while the
 * database is away: a load balancer that waits 20 s for an answer takes a healthy instance out with
 * the sick one. Spring Boot's own check runs in the background; one that has not answered within
 * {@link #LIMIT} is DOWN, and while it is still waiting the next asks do not start another.
 * Named as Spring Boot's check so that it takes its place.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

	static final Duration LIMIT = Duration.ofSeconds(1);

	private final HealthIndicator check;

	private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "database-health");
		thread.setDaemon(true);
		return thread;
	});

	private Future<Health> running;

	private synchronized Future<Health> runningOrNew() {
		if (running == null || running.isDone()) {
			running = background.submit((Callable<Health>) check::health);
		}
		return running;
	}

	@Autowired
	DatabaseHealth(DataSource dataSource) {
		this((HealthIndicator) new DataSourceHealthIndicator(dataSource));
	}

	DatabaseHealth(HealthIndicator check) {
		this.check = check;
	}

	@Override
	public Health health() {
		Future<Health> answer = runningOrNew();
		try {
			// Waited for outside the lock: monitors asking at once each get their answer within the limit.
			return answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException slow) {
			return Health.down().withDetail("error", "the database did not answer within " + LIMIT.toMillis() + " ms").build();
		}
		catch (ExecutionException failed) {
			return Health.down(failed.getCause() instanceof Exception ex ? ex : failed).build();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			return Health.down(interrupted).build();
		}
	}
}
