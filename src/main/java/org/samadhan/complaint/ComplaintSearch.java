package org.samadhan.complaint;

import java.util.List;

import org.samadhan.shared.MobileNumber;
import org.samadhan.shared.ReferenceNumber;

/**
 * What a caller asks a complaint list for, as typed: the search keys (a reference number, a
 * mobile number, words of the name, description or incident address) and the filters and order.
 * Every value is text so that the complaint module, not each caller, decides what it means: a
 * value it does not know is refused with a message in the caller's language (never ignored), for
 * the API and the pages alike. All that is given must match.
 *
 * @param status   one or several statuses ({@link ComplaintStatus} names)
 * @param station  a police station's code ({@code RAMPUR_KOTWALI})
 * @param officer  the enquiry officer's id
 * @param category a category code
 * @param channel  a {@link Channel} name
 * @param age      an {@link AgeBucket} name
 * @param defaulter {@code true}: only those past their due date, not yet disposed, clock running
 * @param flagged  {@code true}: only those whose report the paper-disposal detector flagged
 * @param sort     a {@link ComplaintSort} name; newest first when not given
 * @param reference a 13-digit reference number, with spaces or dashes as people group it
 * @param mobile   the complainant's mobile number in any usual form ({@code +91 98765 01234})
 * @param q        words, Hindi or English, of the complainant's name, the description or the incident address
 */
public record ComplaintSearch(List<String> status, String station, String officer, String category, String channel,
		String age, String defaulter, String flagged, String sort, String reference, String mobile, String q) {

	/** No search, no filter: the list as it is, newest first. */
	public static final ComplaintSearch NONE = new ComplaintSearch(null, null, null, null, null, null, null, null, null,
			null, null, null);

	public ComplaintSearch {
		status = status == null ? List.of() : status.stream().filter(s -> s != null && !s.isBlank()).toList();
	}

	/**
	 * One search box for a person who types whatever they have: thirteen digits (grouped or not) are
	 * a reference number, a mobile number in a usual form is a mobile number, anything else is words.
	 */
	public static ComplaintSearch ofTyped(String typed) {
		if (typed == null || typed.isBlank()) {
			return NONE;
		}
		if (ReferenceNumber.digitsOf(typed.strip()).matches("\\d{13}")) {
			return NONE.withKeys(typed.strip(), null, null);
		}
		if (MobileNumber.read(typed).isPresent()) {
			return NONE.withKeys(null, typed.strip(), null);
		}
		return NONE.withKeys(null, null, typed.strip());
	}

	/** These filters and order with other search keys. */
	public ComplaintSearch withKeys(String reference, String mobile, String q) {
		return new ComplaintSearch(status, station, officer, category, channel, age, defaulter, flagged, sort, reference,
				mobile, q);
	}

	/** These keys and filters in another order. */
	public ComplaintSearch sortedBy(ComplaintSort order) {
		return new ComplaintSearch(status, station, officer, category, channel, age, defaulter, flagged, order.name(),
				reference, mobile, q);
	}

	static boolean given(String value) {
		return value != null && !value.isBlank();
	}
}
