package org.samadhan.reporting;

import java.util.List;

/**
 * The pending work no line of a table shows (those still in the district office, not yet marked to
 * a station; or those no enquiry officer holds yet), counted as a line's are, so that the lines
 * and this add up to the dashboard's pending total. Plain counts: no case list is offered for them
 * (it would need a filter the lists do not have), so nothing here claims to open one.
 *
 * @param byAge by days since registration: 0–7, 8–15, 16–30, over 30
 */
public record PendingRest(long pending, List<Long> byAge, long nearDefault, long defaulters, long escalated) {
}
