package org.samadhan.jurisdiction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.samadhan.shared.CsvTable;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException.Reason;

/**
 * A spreadsheet an administrator uploads, as CSV (one table) or XLSX (named sheets), read strictly:
 * CSV must be UTF-8 (or UTF-16 with its byte-order mark, as Excel's "Unicode text" saves it), since
 * a legacy encoding would turn Hindi into question marks; rows are numbered as a spreadsheet numbers
 * them (the header is row 1), so that every fault can name its row and column. Refused whole, with
 * every fault found, before anything is read into the tree.
 */
public final class UploadedSheets {

	/** The most data rows a sheet may have: a district has a few thousand officers at most. */
	public static final int MAX_ROWS = 5_000;

	/** The largest file taken. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private UploadedSheets() {
	}

	/** One table: its header (lower-cased, trimmed) and its data rows, blank rows left out. */
	public record Table(String name, List<String> header, List<Row> rows) {
	}

	/** A data row: its number as a spreadsheet shows it, and its cells by column. */
	public record Row(int number, Map<String, String> cells) {

		public String get(String column) {
			String value = cells.get(column);
			return value == null ? "" : value.strip();
		}
	}

	/**
	 * The tables of a file: an XLSX file's sheets by (lower-cased) name, or a CSV file as the one
	 * table {@code csvTable}.
	 */
	public static Map<String, Table> read(byte[] bytes, String csvTable) {
		if (bytes == null || bytes.length == 0) {
			throw refusal(new Reason("EMPTY", "admin.upload.empty"));
		}
		if (bytes.length > MAX_BYTES) {
			throw refusal(new Reason("TOO_LARGE", "admin.upload.too-large", MAX_BYTES / (1024 * 1024)));
		}
		if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			return xlsx(bytes);
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw refusal(new Reason("OLD_EXCEL", "admin.upload.old-excel"));
		}
		return Map.of(csvTable, csv(csvTable, bytes));
	}

	/** A CSV file as one table. */
	public static Table csv(String name, byte[] bytes) {
		String text = decode(bytes);
		if (text.indexOf('\0') >= 0) {
			throw refusal(new Reason("BINARY", "admin.upload.not-text"));
		}
		List<List<String>> records = CsvTable.records(text);
		if (records.isEmpty()) {
			throw refusal(new Reason("EMPTY", "admin.upload.empty"));
		}
		List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		List<Row> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			List<String> record = records.get(i);
			if (record.stream().allMatch(String::isBlank)) {
				continue;
			}
			rows.add(row(i + 1, header, record));
		}
		return table(name, header, rows);
	}

	private static Map<String, Table> xlsx(byte[] bytes) {
		Map<String, Table> tables = new LinkedHashMap<>();
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : workbook) {
				String name = sheet.getSheetName().strip().toLowerCase(Locale.ROOT);
				List<String> header = null;
				List<Row> rows = new ArrayList<>();
				for (org.apache.poi.ss.usermodel.Row sheetRow : sheet) {
					List<String> cells = new ArrayList<>();
					int last = header == null ? sheetRow.getLastCellNum() : header.size();
					for (int c = 0; c < Math.max(last, 0); c++) {
						cells.add(text(sheetRow.getCell(c), formatter));
					}
					if (cells.stream().allMatch(String::isBlank)) {
						continue;
					}
					if (header == null) {
						header = cells.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
					}
					else {
						rows.add(row(sheetRow.getRowNum() + 1, header, cells));
					}
				}
				if (header != null) {
					tables.put(name, table(name, header, rows));
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PolicyRefusal refusal) {
				throw refusal;
			}
			throw refusal(new Reason("NOT_A_SPREADSHEET", "admin.upload.not-a-spreadsheet"));
		}
		return tables;
	}

	/** What a person sees in the cell: dates as yyyy-MM-dd, numbers without a thousands separator or exponent. */
	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
		}
		if (type == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return String.valueOf((long) value);
			}
			return String.valueOf(value);
		}
		return formatter.formatCellValue(cell);
	}

	private static Row row(int number, List<String> header, List<String> record) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int c = 0; c < header.size(); c++) {
			cells.put(header.get(c), c < record.size() ? record.get(c) : "");
		}
		return new Row(number, cells);
	}

	private static Table table(String name, List<String> header, List<Row> rows) {
		if (rows.size() > MAX_ROWS) {
			throw refusal(new Reason("TOO_MANY_ROWS", "admin.upload.too-many-rows", name, rows.size(), MAX_ROWS));
		}
		return new Table(name, header, List.copyOf(rows));
	}

	/**
	 * The text of a CSV file: UTF-8 (with or without its byte-order mark) or UTF-16 with its mark.
	 * Anything else is refused with the row of the first byte that is not UTF-8.
	 */
	private static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return utf8.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
		}
		catch (CharacterCodingException ex) {
			throw refusal(new Reason("NOT_UTF8", "admin.upload.not-utf8", firstBadRow(bytes, start)));
		}
	}

	private static int firstBadRow(byte[] bytes, int start) {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int row = 1;
		int lineStart = start;
		for (int i = start; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				try {
					utf8.reset().decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
				}
				catch (CharacterCodingException ex) {
					return row;
				}
				row++;
				lineStart = i + 1;
			}
		}
		return row;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	static PolicyRefusal refusal(Reason reason) {
		return new PolicyRefusal("admin.upload.invalid", reason);
	}
}
