package org.samadhan.reporting;

import java.util.List;

/** A list or ranking laid out for export: a title, headers in the reader's language, and rows of cells (text or numbers). */
public record Table(String title, List<String> headers, List<List<Object>> rows) {
}
