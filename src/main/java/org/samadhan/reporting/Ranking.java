package org.samadhan.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A month's ranking of one level. {@code provisional}: the month is not frozen yet, so the scores
 * move with today's data; a frozen month ({@code frozenAt}) is read from its snapshot and never
 * changes. Scores come best first; equal scores share a position.
 */
public record Ranking(YearMonth month, RankingLevel level, boolean provisional, Instant frozenAt, BigDecimal maxScore,
		String sheet, List<Score> scores) {

	/**
	 * One unit's score with its breakdown. {@code position} is counted within the unit's district
	 * (across the state for districts); {@code disposed} is the month's disposals.
	 */
	public record Score(UnitRef unit, Long districtId, int position, BigDecimal score, long disposed, List<Part> parts) {
	}

	/**
	 * One parameter of a score: the raw numbers, the ratio, the weight and the marks ({@code ratio}
	 * and {@code marks} null when the base is zero: not judged, its weight left out).
	 */
	public record Part(RankingParameter parameter, long numerator, long denominator, BigDecimal ratio, BigDecimal weight,
			BigDecimal marks) {
	}
}
