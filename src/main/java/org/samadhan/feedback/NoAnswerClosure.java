package org.samadhan.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When a complainant who never answers may be closed without feedback: after
 * {@code samadhan.feedback.no-answer-attempts} unanswered calls (3) falling on at least
 * {@code samadhan.feedback.no-answer-days} different days (3), in Samadhan's time zone. Calls on
 * the same day count as attempts but as one day, so three calls in an afternoon cannot close a
 * complaint whose complainant was away for that afternoon.
 */
record NoAnswerClosure(int attempts, int days) {

	NoAnswerClosure {
		if (attempts < 1 || days < 1) {
			throw new IllegalArgumentException("no-answer attempts and days must be at least 1");
		}
	}

	Verdict judge(List<Instant> unansweredCalls, ZoneId zone) {
		long distinctDays = unansweredCalls.stream().map(at -> LocalDate.ofInstant(at, zone)).distinct().count();
		boolean closes = unansweredCalls.size() >= attempts && distinctDays >= days;
		return new Verdict(closes, unansweredCalls.size(), (int) distinctDays, attempts, days);
	}

	/**
	 * The count so far: {@code attempts} unanswered calls on {@code days} different days, against
	 * the {@code attemptsNeeded} on {@code daysNeeded} days that close it.
	 */
	record Verdict(boolean closes, int attempts, int days, int attemptsNeeded, int daysNeeded) {

		/** Enough calls were made, but on too few days. */
		boolean tooClose() {
			return !closes && attempts >= attemptsNeeded;
		}
	}
}
