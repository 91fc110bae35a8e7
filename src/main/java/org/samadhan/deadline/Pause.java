package org.samadhan.deadline;

import java.time.Instant;

/** A request to stop a complaint's clock, its decision and its end. */
public record Pause(long id, PauseReason reason, String note, Status status, long requestedBy, Instant requestedAt,
		Long decidedBy, Instant decidedAt, String decisionNote, Long endedBy, Instant endedAt, String endNote,
		Integer pausedDays) {

	public enum Status {
		/** Asked for; a supervisor has not decided yet. */
		REQUESTED,
		/** Approved: the clock stands still. */
		ACTIVE,
		/** A supervisor refused it. */
		REFUSED,
		/** The clock runs again; the due dates moved by {@code pausedDays}. */
		ENDED,
		/** The complaint was settled before the pause was decided or ended. */
		LAPSED
	}
}
