package org.samadhan.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The review meeting's (गोष्ठी) page for one station: its pending work by officer and age, and
 * the lists the meeting goes through: defaulters, near default, flagged reports awaiting review,
 * returned or reopened complaints still pending, escalations, and all pending oldest first.
 */
public record MeetingPack(UnitRef station, UnitRef circle, LocalDate date, Figure pendingTotal, List<Figure> pendingByAge,
		List<PendingLine> byOfficer, Section defaulters, Section nearDefault, Section flagged, Section returnedOrReopened,
		Section escalated, Section pending) {

	/**
	 * One list of the pack: its figure (the full count, and the filter of the full list) and its
	 * first lines, oldest first, at most {@code samadhan.reporting.pack-max-rows}; a page says
	 * "and N more" when {@code lines} is shorter than the count.
	 */
	public record Section(Figure figure, List<CaseLine> lines) {
	}
}
