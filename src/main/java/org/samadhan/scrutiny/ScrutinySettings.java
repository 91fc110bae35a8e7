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
		@DefaultValue Repeat repeat,
		@DefaultValue(PHOTO_DISTANCE) int photoDistance,
		@DefaultValue Timeline timeline) {

	/** Bits (of 64) within which two site photos' perceptual hashes are the same picture. */
	static final String PHOTO_DISTANCE = "5";

	/**
	 * An officer's own timeline: consecutive site visits farther apart than {@code speedKmh} in a
	 * straight line allows for the time between them, after {@code allowanceMeters} for the two GPS
	 * fixes; visits more than {@code window} apart are not compared.
	 */
	record Timeline(@DefaultValue("80") double speedKmh,
			@DefaultValue("2000") double allowanceMeters,
			@DefaultValue("PT12H") Duration window,
			@DefaultValue("500") int maxVisits) {
	}

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
