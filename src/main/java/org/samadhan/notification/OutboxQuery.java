package org.samadhan.notification;

/**
 * A filter on the outbox for the admin: optionally one status, one complaint (by reference
 * number) and one recipient (mobile or e-mail address, exactly); newest first, a page at a time.
 */
public record OutboxQuery(OutboxStatus status, String complaintReference, String recipient, int page, int size) {

	public static final int MAX_PAGE_SIZE = 100;

	/** Deeper than this the list answers empty: narrow the filter instead. */
	public static final int MAX_PAGE = 1_000;

	public OutboxQuery {
		page = Math.max(0, page);
		size = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
		complaintReference = blankToNull(complaintReference);
		recipient = blankToNull(recipient);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
