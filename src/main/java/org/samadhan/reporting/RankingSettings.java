package org.samadhan.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The marks sheet ({@code samadhan.ranking.weights.<PARAMETER>}: a parameter with weight 0, or
 * absent, is not on the sheet) and the freezing job: a month is frozen {@code freezeAfter} after it
 * ends, by a job that runs on {@code cron} when {@code job.enabled}.
 */
@ConfigurationProperties("samadhan.ranking")
record RankingSettings(Map<RankingParameter, BigDecimal> weights, @DefaultValue("P2D") Duration freezeAfter,
		@DefaultValue Job job) {

	record Job(@DefaultValue("true") boolean enabled, @DefaultValue("0 20 * * * *") String cron) {
	}

	RankingSettings {
		Map<RankingParameter, BigDecimal> sheet = new EnumMap<>(RankingParameter.class);
		if (weights != null) {
			weights.forEach((p, w) -> {
				if (w != null && w.signum() > 0) {
					sheet.put(p, w);
				}
			});
		}
		weights = java.util.Collections.unmodifiableMap(sheet);
	}

	BigDecimal maxScore() {
		return weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The sheet as text, stored with each frozen month so that its marks can be read later. */
	String describe() {
		StringBuilder text = new StringBuilder();
		weights.forEach((p, w) -> text.append(text.isEmpty() ? "" : ",").append(p).append('=').append(w.toPlainString()));
		return text.toString();
	}
}
