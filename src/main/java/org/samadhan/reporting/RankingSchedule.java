package org.samadhan.reporting;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Freezes the rankings of months that are over, on {@code samadhan.ranking.job.cron} when
 * {@code samadhan.ranking.job.enabled} (on by default, off in tests, which call
 * {@link Rankings#freezeDue()} after moving the clock). Every instance may run it: the snapshot's
 * key lets only one freeze a month's level, and a run killed midway rolls back its claim, so the
 * next run freezes that level.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "samadhan.ranking.job.enabled", havingValue = "true", matchIfMissing = true)
class RankingSchedule {

	private final Rankings rankings;

	RankingSchedule(Rankings rankings) {
		this.rankings = rankings;
	}

	@Scheduled(cron = "${samadhan.ranking.job.cron:0 20 * * * *}", zone = "${samadhan.zone:Asia/Kolkata}")
	void run() {
		rankings.freezeDue();
	}
}
