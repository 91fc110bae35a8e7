package org.samadhan.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A {@link ComplaintSearch} once read: ids, names, times and analysed terms, each checked. Empty
 * collections and nulls filter nothing.
 *
 * @param registeredFrom   registered at or after (the age bucket's oldest day, from its start)
 * @param registeredBefore registered before (the day after the age bucket's youngest day)
 * @param defaulterOn      only defaulters as of this day: due before it, not settled, clock running
 * @param references       the reference numbers to find (one that was typed; or the numbers a mistyped one may have meant)
 * @param mobile           ten digits, as stored
 * @param terms            analysed search terms, all of which must match
 * @param mistyped         a reference number whose check digit fails, as typed: answer with what it may have meant
 */
record ListFilter(Set<ComplaintStatus> statuses, Long stationId, Long officerId, String categoryCode, Channel channel,
		Instant registeredFrom, Instant registeredBefore, LocalDate defaulterOn, boolean flagged, ComplaintSort sort,
		List<String> references, String mobile, List<String> terms, String mistyped) {

	static final ListFilter NONE = references(List.of());

	/** Only these reference numbers, within the scope and nothing else: what a mistyped number may have meant. */
	static ListFilter references(List<String> references) {
		return new ListFilter(Set.of(), null, null, null, null, null, null, null, false, ComplaintSort.NEWEST,
				List.copyOf(references), null, List.of(), null);
	}
}
