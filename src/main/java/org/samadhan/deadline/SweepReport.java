package org.samadhan.deadline;

/** What one run of the sweep did, and how long it took. */
public record SweepReport(int batches, int claimed, int warnings, int escalations, int defaulted, long millis) {

	static final SweepReport NONE = new SweepReport(0, 0, 0, 0, 0, 0);

	SweepReport plus(SweepReport other) {
		return new SweepReport(batches + other.batches, claimed + other.claimed, warnings + other.warnings,
				escalations + other.escalations, defaulted + other.defaulted, millis + other.millis);
	}

	SweepReport took(long totalMillis) {
		return new SweepReport(batches, claimed, warnings, escalations, defaulted, totalMillis);
	}
}
