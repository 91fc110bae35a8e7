package org.samadhan.complaint;

import java.time.LocalDate;

/**
 * When the complaint must be disposed of, as the deadline module last worked it out (null before
 * it has), and whether its clock stands still for an approved pause.
 */
public record Due(LocalDate dueOn, boolean paused) {

	static final Due NOT_SET = new Due(null, false);
}
