package org.samadhan.complaint;

/**
 * A filter on the complaints a caller may see: optionally one status, optionally only those whose
 * enquiry the caller holds ({@code onlyMine}), or only those waiting for the caller's review
 * level ({@code awaitingMe}: the review queue), or only open enquiries waiting for an officer
 * ({@code awaitingOfficer}: the to-reassign list); narrowed further by what the caller searched for
 * and chose ({@code search}: keys, filters, order; newest first by default); a page at a time.
 */
public record ComplaintQuery(ComplaintStatus status, boolean onlyMine, boolean awaitingMe, int page, int size,
		ComplaintSearch search, boolean awaitingOfficer) {

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

	public ComplaintQuery(ComplaintStatus status, boolean onlyMine, boolean awaitingMe, int page, int size,
			ComplaintSearch search) {
		this(status, onlyMine, awaitingMe, page, size, search, false);
	}

	/**
	 * The open enquiries no officer holds (their officer left the post): the "to reassign" list,
	 * oldest first unless the search orders otherwise.
	 */
	public static ComplaintQuery awaitingOfficer(int page, int size, ComplaintSearch search) {
		return new ComplaintQuery(null, false, false, page, size, search, true);
	}
}
