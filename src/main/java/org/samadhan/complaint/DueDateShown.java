package org.samadhan.complaint;

import java.time.LocalDate;

/**
 * The due date a complaint shows changed (the deadline module set, paused or resumed it). Published
 * in the same transaction, for read models that keep the due date beside other figures.
 */
public record DueDateShown(long complaintId, LocalDate dueOn, boolean paused) {
}
