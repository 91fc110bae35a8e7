package org.samadhan.scrutiny;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The detector's thresholds ({@code samadhan.scrutiny.*}); application.properties says what each
 * means.
 */
@ConfigurationProperties("samadhan.scrutiny")
record ScrutinySettings(@DefaultValue("PT2H") Duration filedTooFast,
		@DefaultValue("2000") double visitMaxDistanceMeters,
		@DefaultValue("PT1H") Duration photoTimeTolerance,
		@DefaultValue("500") double photoMaxDistanceMeters,
		@DefaultValue("0.8") double textSimilarity,
		@DefaultValue("P365D") Duration textLookback,
		@DefaultValue("200") int textCandidates,
		@DefaultValue Repeat repeat) {

	/**
	 * Repeat complaints: the window, and what counts as the same text (from another mobile: alike,
	 * and sharing at least {@code sharedWords} words beyond the stop words) and the same place.
	 */
	record Repeat(@DefaultValue("P90D") Duration window,
			@DefaultValue("0.8") double textSimilarity,
			@DefaultValue("12") int sharedWords,
			@DefaultValue("0.6") double addressSimilarity,
			@DefaultValue("1000") double placeDistanceMeters,
			@DefaultValue("20") int maxLinks) {
	}
}
