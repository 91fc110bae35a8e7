package org.samadhan.deadline;

import java.time.Instant;
import java.time.LocalDate;

/** A warning that the limit is near, or the record that it passed: once per time limit. */
record Notice(long complaintId, int limitSeq, Kind kind, LocalDate dueOn, Instant at) {

	enum Kind {
		NEAR, DEFAULTED
	}
}
