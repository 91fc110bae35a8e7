package org.samadhan.reporting;

import java.util.List;

/** A page of a list behind a figure, newest first; {@code total} is the figure's count. */
public record CasePage(CaseFilter filter, List<CaseLine> items, int page, int size, long total) {
}
