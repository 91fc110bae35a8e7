package org.samadhan.reporting;

/** A number on a dashboard and the filter of the list behind it. */
public record Figure(long count, CaseFilter filter, String query) {

	static Figure of(long count, CaseFilter filter) {
		return new Figure(count, filter, filter.query());
	}
}
