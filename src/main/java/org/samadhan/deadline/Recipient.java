package org.samadhan.deadline;

/** An officer to be told about a complaint's time. */
public record Recipient(long officerId, String name, String mobile) {
}
