package org.samadhan.shared;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Catches up the listeners that follow a commit ({@code @ApplicationModuleListener}, docs/adr/0015):
 * every {@code samadhan.events.catch-up.interval} this instance runs again each publication that
 * failed, or that Spring Modulith's staleness check found stuck (its instance died between the commit
 * and the listener's end, or its queue was lost with the process). Every instance runs it; the
 * registry claims a publication before it runs it again, and each such listener does its work once
 * whatever runs it twice. Off with {@code samadhan.events.catch-up.enabled=false}.
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "samadhan.events.catch-up.enabled", matchIfMissing = true)
class EventCatchUp {

	private static final Logger log = LoggerFactory.getLogger(EventCatchUp.class);

	private final FailedEventPublications failed;

	private final ResubmissionOptions options;

	EventCatchUp(FailedEventPublications failed,
			@Value("${samadhan.events.catch-up.min-age:PT30S}") Duration minAge,
			@Value("${samadhan.events.catch-up.batch-size:200}") int batchSize) {
		this.failed = failed;
		this.options = ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(batchSize);
	}

	@Scheduled(fixedDelayString = "${samadhan.events.catch-up.interval:PT30S}",
			initialDelayString = "${samadhan.events.catch-up.interval:PT30S}")
	void catchUp() {
		try {
			failed.resubmit(options);
		}
		catch (RuntimeException e) {
			// The database may be away for a moment; the next round tries again.
			log.warn("Event catch-up failed", e);
		}
	}
}
