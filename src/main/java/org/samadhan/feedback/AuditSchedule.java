package org.samadhan.feedback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the audit draw on a timer, when {@code samadhan.feedback.audit.enabled} is true (off in
 * tests, which call {@link Audits#draw} themselves). Each run draws for today the districts not
 * yet drawn, so running it every hour on every instance is safe and catches a draw an instance
 * died in.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "samadhan.feedback.audit.enabled", havingValue = "true")
class AuditSchedule {

	private static final Logger log = LoggerFactory.getLogger(AuditSchedule.class);

	private final Audits audits;

	AuditSchedule(Audits audits) {
		this.audits = audits;
	}

	@Scheduled(cron = "${samadhan.feedback.audit.cron:0 15 * * * *}", zone = "${samadhan.zone:Asia/Kolkata}")
	void drawToday() {
		int drawn = audits.drawToday();
		if (drawn > 0) {
			log.info("audit draw: {} disposals drawn for today's audit calls", drawn);
		}
	}
}
