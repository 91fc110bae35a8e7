package org.samadhan.notification;

import java.util.List;

/** A page of the outbox, newest first; {@code more} tells whether a next page has anything. */
public record OutboxPage(List<OutboxEntry> items, int page, int size, boolean more) {
}
