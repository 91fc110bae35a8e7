package org.samadhan.reporting;

/**
 * A share such as "disposed in time": {@code part} of {@code whole}, in percent with one decimal
 * (null when the whole is zero: nothing to judge). Both numbers open their lists.
 */
public record Share(Figure part, Figure whole, Double percent) {

	static Share of(Figure part, Figure whole) {
		Double percent = whole.count() == 0 ? null : Math.round(1000.0 * part.count() / whole.count()) / 10.0;
		return new Share(part, whole, percent);
	}
}
