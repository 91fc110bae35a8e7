package org.samadhan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Health answers within a second while the database hangs (issue 9: it blocked for 20 s). */
class DatabaseHealthTest {

	@Test
	void aDatabaseThatDoesNotAnswerIsDownWithinASecondAndIsNotAskedTwiceAtOnce() {
		AtomicInteger asked = new AtomicInteger();
		DatabaseHealth health = new DatabaseHealth(() -> {
			asked.incrementAndGet();
			try {
				Thread.sleep(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Health.up().build();
		});
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			Health answer = health.health();
			long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
			assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
			assertThat(millis).isLessThan(1_500);
		}
		assertThat(asked.get()).as("one check hangs; the next asks wait for it").isEqualTo(1);
	}

	@Test
	void monitorsAskingAtOnceEachGetTheirAnswerWithinASecond() throws Exception {
		DatabaseHealth health = new DatabaseHealth(() -> {
			try {
				Thread.sleep(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Health.up().build();
		});
		java.util.concurrent.ExecutorService monitors = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			long start = System.nanoTime();
			java.util.List<java.util.concurrent.Future<Health>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 3; i++) {
				answers.add(monitors.submit((java.util.concurrent.Callable<Health>) health::health));
			}
			for (java.util.concurrent.Future<Health> answer : answers) {
				assertThat(answer.get().getStatus()).isEqualTo(Status.DOWN);
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(1_800);
		}
		finally {
			monitors.shutdownNow();
		}
	}

	@Test
	void aDatabaseThatAnswersIsUp() {
		assertThat(new DatabaseHealth(() -> Health.up().build()).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aFailedCheckIsDown() {
		DatabaseHealth health = new DatabaseHealth(() -> {
			throw new IllegalStateException("connection refused");
		});
		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
	}
}
