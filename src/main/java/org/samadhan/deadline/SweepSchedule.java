package org.samadhan.deadline;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the sweep every {@code samadhan.deadline.sweep.interval} when
 * {@code samadhan.deadline.sweep.enabled} (on by default, off in tests, which call the sweep
 * themselves after moving the clock). Every instance may run it: they share the work safely.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "samadhan.deadline.sweep.enabled", havingValue = "true", matchIfMissing = true)
class SweepSchedule {

	private final DeadlineSweep sweep;

	SweepSchedule(DeadlineSweep sweep) {
		this.sweep = sweep;
	}

	@Scheduled(initialDelayString = "${samadhan.deadline.sweep.interval:PT1M}",
			fixedDelayString = "${samadhan.deadline.sweep.interval:PT1M}")
	void run() {
		sweep.sweep();
	}
}
