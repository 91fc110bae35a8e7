package org.samadhan.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is delivered ({@code samadhan.notification.dispatch.*}; see docs/adr/0006).
 *
 * @param enabled whether this instance polls the outbox (tests turn it off and call the dispatcher)
 * @param interval the pause between two polls
 * @param afterCommit what a transaction that wrote messages does once it commits: {@code async}
 *     hands them to a sender thread at once, {@code sync} sends them before the caller goes on
 *     (tests), {@code off} leaves them to the poller
 * @param batchSize how many messages one claim takes
 * @param parallelism how many messages this instance sends at the same time
 * @param lease how long a claim holds a message; if the instance dies, it is due again after that
 * @param sendTimeout the longest one send may take; a message is sent only while its lease has
 *     at least this much left, so that no other instance can take it over mid-send
 * @param maxAttempts after this many failed attempts a message is FAILED
 * @param backoff the wait after the first failure; it doubles with each further one
 * @param maxBackoff the longest wait between two attempts
 * @param instanceId this instance's name in {@code claimed_by}; by default the host name and a
 *     random suffix
 */
@ConfigurationProperties("samadhan.notification.dispatch")
record DispatchProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT5S") Duration interval,
		@DefaultValue("async") AfterCommit afterCommit, @DefaultValue("50") int batchSize,
		@DefaultValue("4") int parallelism, @DefaultValue("PT2M") Duration lease,
		@DefaultValue("PT30S") Duration sendTimeout, @DefaultValue("8") int maxAttempts,
		@DefaultValue("PT30S") Duration backoff, @DefaultValue("PT1H") Duration maxBackoff, String instanceId) {

	DispatchProperties {
		if (batchSize < 1 || parallelism < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("batch-size, parallelism and max-attempts must be at least 1");
		}
		if (lease.compareTo(sendTimeout.multipliedBy(2)) < 0) {
			throw new IllegalArgumentException(
					"samadhan.notification.dispatch.lease must be at least twice the send-timeout");
		}
	}

	/** What happens right after a transaction that wrote messages commits. */
	enum AfterCommit {
		ASYNC, SYNC, OFF
	}

	/** The wait before the next attempt after {@code attempts} failures: doubling, capped. */
	Duration backoffAfter(int attempts) {
		Duration wait = backoff;
		for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
	}
}
