package org.samadhan.complaint;

/**
 * A filter on the complaints a caller may see: optionally one status, optionally only those whose
 * enquiry the caller holds ({@code onlyMine}), or only those waiting for the caller's review
 * level ({@code awaitingMe}: the review queue); narrowed further by what the caller searched for
 * and chose ({@code search}: keys, filters, order; newest first by default); a page at a time.
 */
public record ComplaintQuery(ComplaintStatus status, boolean onlyMine, boolean awaitingMe, int page, int size,
		ComplaintSearch search) {

	public static final int MAX_PAGE_SIZE = 100;

	/** Deeper than this a list answers empty: narrow the filter instead of reading a hundred thousand rows deep. */
	public static final int MAX_PAGE = 1_000;

	public ComplaintQuery {
		page = Math.max(0, page);
		size = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
		search = search == null ? ComplaintSearch.NONE : search;
	}

	public ComplaintQuery(ComplaintStatus status, boolean onlyMine, boolean awaitingMe, int page, int size) {
		this(status, onlyMine, awaitingMe, page, size, ComplaintSearch.NONE);
	}
}
