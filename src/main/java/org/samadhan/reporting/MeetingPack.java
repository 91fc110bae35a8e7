package org.samadhan.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The review meeting's (गोष्ठी) page for one station: its pending work oldest first with age and
 * officer, and the lists the meeting goes through: defaulters, near default, flagged reports
 * awaiting review, returned or reopened complaints still pending, and escalations.
 */
public record MeetingPack(UnitRef station, UnitRef circle, LocalDate date, Figure pendingTotal, List<Figure> pendingByAge,
		List<CaseLine> pending, List<CaseLine> defaulters, List<CaseLine> nearDefault, List<CaseLine> flagged,
		List<CaseLine> returnedOrReopened, List<CaseLine> escalated, List<PendingLine> byOfficer) {
}
