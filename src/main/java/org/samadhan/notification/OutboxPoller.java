package org.samadhan.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The safety net: every {@code samadhan.notification.dispatch.interval} this instance sends what
 * is due (retries, messages whose sender died, messages whose after-commit send was dropped).
 * Every instance polls; the claim in the database keeps them from sending a message twice.
 * Off with {@code samadhan.notification.dispatch.enabled=false} (the tests).
 */
@Component
@EnableScheduling
@ConditionalOnBooleanProperty(name = "samadhan.notification.dispatch.enabled", matchIfMissing = true)
class OutboxPoller {

	private static final Logger log = LoggerFactory.getLogger(OutboxPoller.class);

	private final OutboxDispatcher dispatcher;

	OutboxPoller(OutboxDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@Scheduled(fixedDelayString = "${samadhan.notification.dispatch.interval:PT5S}",
			initialDelayString = "${samadhan.notification.dispatch.interval:PT5S}")
	void poll() {
		try {
			dispatcher.dispatch();
		}
		catch (RuntimeException e) {
			// The database may be away for a moment; the next poll tries again.
			log.warn("Outbox poll failed", e);
		}
	}
}
