package org.samadhan.reporting;

import java.time.LocalDate;

/** One week (Monday to Sunday) or month of a trend chart; each count opens its list. */
public record TrendPoint(LocalDate from, LocalDate to, Figure registered, Figure disposed, Figure disposedInTime,
		Figure defaulted) {
}
