package org.samadhan.complaint;

/**
 * Days since registration, in the buckets the review meeting reads pending work by (the
 * dashboards' ageing columns and the lists' age filter): a bucket holds the complaints registered
 * between {@code maxDays} and {@code minDays} calendar days ago, today counting as day 0.
 */
public enum AgeBucket {

	/** Registered in the last week: 0 to 7 days ago. */
	UP_TO_7("0-7", 0, 7),
	/** 8 to 15 days ago. */
	DAYS_8_TO_15("8-15", 8, 15),
	/** 16 to 30 days ago: the police IGRS limit is near. */
	DAYS_16_TO_30("16-30", 16, 30),
	/** Longer ago than the police IGRS limit. */
	OVER_30(">30", 31, null);

	private final String label;

	private final int minDays;

	private final Integer maxDays;

	AgeBucket(String label, int minDays, Integer maxDays) {
		this.label = label;
		this.minDays = minDays;
		this.maxDays = maxDays;
	}

	public String label() {
		return label;
	}

	public int minDays() {
		return minDays;
	}

	/** The oldest day of the bucket, or {@code null} for the open-ended oldest bucket. */
	public Integer maxDays() {
		return maxDays;
	}

	public static AgeBucket of(long days) {
		return days <= 7 ? UP_TO_7 : days <= 15 ? DAYS_8_TO_15 : days <= 30 ? DAYS_16_TO_30 : OVER_30;
	}
}
