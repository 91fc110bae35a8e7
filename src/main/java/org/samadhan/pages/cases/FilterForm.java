package org.samadhan.pages.cases;

import java.util.List;
import java.util.Map;

import org.samadhan.complaint.ComplaintSearch;

/**
 * The search box and the filters of a complaint list, as typed (a GET form, so a list's address
 * can be kept and shared). The complaint module reads them ({@link ComplaintSearch}), as it reads
 * the API's parameters; a value it refuses comes back next to its field.
 */
public class FilterForm {

	/** Which field of this form each of the search's parameters stands for. */
	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("reference", "text"), Map.entry("mobile", "text"),
			Map.entry("q", "text"), Map.entry("status", "status"), Map.entry("station", "station"),
			Map.entry("officer", "officer"), Map.entry("category", "category"), Map.entry("channel", "channel"),
			Map.entry("age", "age"), Map.entry("defaulter", "defaulter"), Map.entry("flagged", "flagged"),
			Map.entry("sort", "sort"));

	private String text;

	private String status;

	private String station;

	private String officer;

	private String category;

	private String channel;

	private String age;

	private String defaulter;

	private String flagged;

	private String sort;

	/** The search: the box read as a reference number, a mobile number or words, with the filters. */
	ComplaintSearch toSearch() {
		return toSearch(List.of(), null);
	}

	/** As {@link #toSearch()}, with the list's own statuses and order where the form leaves them open. */
	ComplaintSearch toSearch(List<String> defaultStatuses, String defaultSort) {
		ComplaintSearch keys = ComplaintSearch.ofTyped(text);
		List<String> statuses = blank(status) ? defaultStatuses : List.of(status);
		return new ComplaintSearch(statuses, station, officer, category, channel, age, defaulter, flagged,
				blank(sort) ? defaultSort : sort, keys.reference(), keys.mobile(), keys.q());
	}

	/** Whether anything was asked for: the search page shows results only then. */
	boolean asksAnything() {
		return !blank(text) || hasFilter();
	}

	/** Whether a filter or an order was chosen: the filters are shown open then. */
	boolean hasFilter() {
		return !blank(status) || !blank(station) || !blank(officer) || !blank(category) || !blank(channel)
				|| !blank(age) || !blank(defaulter) || !blank(flagged) || !blank(sort);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getStation() {
		return station;
	}

	public void setStation(String station) {
		this.station = station;
	}

	public String getOfficer() {
		return officer;
	}

	public void setOfficer(String officer) {
		this.officer = officer;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getChannel() {
		return channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getAge() {
		return age;
	}

	public void setAge(String age) {
		this.age = age;
	}

	public String getDefaulter() {
		return defaulter;
	}

	public void setDefaulter(String defaulter) {
		this.defaulter = defaulter;
	}

	public String getFlagged() {
		return flagged;
	}

	public void setFlagged(String flagged) {
		this.flagged = flagged;
	}

	public String getSort() {
		return sort;
	}

	public void setSort(String sort) {
		this.sort = sort;
	}
}
