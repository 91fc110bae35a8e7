package org.samadhan.deadline;

/** A request to pause a complaint's clock that waits for a supervisor's decision. */
public record PendingPause(String reference, Pause pause) {
}
