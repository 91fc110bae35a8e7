package org.samadhan.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A UTF-8 CSV file with a header row, as the reference data under {@code data/} is kept (RFC 4180:
 * quoted fields may hold commas, quotes and line breaks).
 */
public record CsvTable(List<String> header, List<Map<String, String>> rows) {

	public static CsvTable read(InputStream in) {
		try (in) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (text.startsWith("\uFEFF")) {
				text = text.substring(1);
			}
			List<List<String>> records = parse(text);
			if (records.isEmpty()) {
				throw new IllegalArgumentException("CSV without a header row");
			}
			List<String> header = records.get(0).stream().map(String::trim).toList();
			List<Map<String, String>> rows = new ArrayList<>();
			for (List<String> record : records.subList(1, records.size())) {
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), i < record.size() ? record.get(i).trim() : "");
				}
				rows.add(row);
			}
			return new CsvTable(header, List.copyOf(rows));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static CsvTable readResource(String classpathLocation) {
		InputStream in = CsvTable.class.getClassLoader().getResourceAsStream(classpathLocation);
		if (in == null) {
			throw new IllegalStateException("missing data file " + classpathLocation);
		}
		return read(in);
	}

	/**
	 * The records of a CSV text as they stand, the header first, blank lines kept as a record of
	 * one empty field: for a reader that names faults by their row, as a spreadsheet numbers them.
	 */
	public static List<List<String>> records(String text) {
		return parse(text);
	}

	private static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}
}
