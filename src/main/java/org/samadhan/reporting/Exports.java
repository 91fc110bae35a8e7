package org.samadhan.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Lists and rankings as CSV and XLSX, and meeting packs as PDF, with column names and labels in
 * the reader's language. CSV is UTF-8 with a byte-order mark, which Excel needs to read Hindi;
 * XLSX is written row by row (POI's streaming workbook), so a long list does not sit in memory.
 */
@Service
public class Exports {

	private final MessageSource messages;

	private final MeetingPackPdf pdf;

	Exports(MessageSource messages, MeetingPackPdf pdf) {
		this.messages = messages;
		this.pdf = pdf;
	}

	/** A list behind a figure as a table. */
	public Table casesTable(CaseFilter filter, List<CaseLine> lines, Locale locale) {
		List<String> headers = List.of(text("reporting.column.reference", locale), text("reporting.column.status", locale),
				text("reporting.column.channel", locale), text("reporting.column.category", locale),
				text("reporting.column.station", locale), text("reporting.column.officer", locale),
				text("reporting.column.registered-on", locale), text("reporting.column.age-days", locale),
				text("reporting.column.due-on", locale), text("reporting.column.days-left", locale),
				text("reporting.column.near-default", locale), text("reporting.column.defaulter", locale),
				text("reporting.column.escalation", locale), text("reporting.column.returns", locale),
				text("reporting.column.reopens", locale), text("reporting.column.flags", locale),
				text("reporting.column.grade", locale), text("reporting.column.feedback", locale),
				text("reporting.column.settled-on", locale));
		List<List<Object>> rows = new ArrayList<>(lines.size());
		for (CaseLine l : lines) {
			List<Object> row = new ArrayList<>();
			row.add(l.reference());
			row.add(text("status." + l.status().name(), locale));
			row.add(l.channel().name());
			row.add(l.categoryCode());
			row.add(l.station() == null ? "" : l.station().name(locale));
			row.add(l.officer() == null ? "" : l.officer().name(locale));
			row.add(l.registeredOn());
			row.add(l.ageDays());
			row.add(l.dueOn());
			row.add(l.daysLeft());
			row.add(yesNo(l.nearDefault(), locale));
			row.add(yesNo(l.defaulter(), locale));
			row.add(l.escalationLevel());
			row.add(l.returns());
			row.add(l.reopens());
			row.add(l.flags());
			row.add(l.grade());
			row.add(l.feedback() == null ? "" : text("reporting.feedback." + l.feedback(), locale));
			row.add(l.settledOn());
			rows.add(row);
		}
		return new Table(text("reporting.kind." + filter.kind().name(), locale), headers, rows);
	}

	/** A ranking as a table: one row per unit with its score and each parameter's numbers and marks. */
	public Table rankingTable(Ranking ranking, Locale locale) {
		List<String> headers = new ArrayList<>(List.of(text("reporting.column.position", locale),
				text("reporting.column.unit", locale), text("reporting.column.score", locale),
				text("reporting.column.max-score", locale), text("reporting.column.disposed", locale)));
		List<RankingParameter> parameters = ranking.scores().isEmpty() ? List.of()
				: ranking.scores().get(0).parts().stream().map(Ranking.Part::parameter).toList();
		for (RankingParameter p : parameters) {
			String name = text("reporting.parameter." + p.name(), locale);
			headers.add(name + " — " + text("reporting.column.numerator", locale));
			headers.add(name + " — " + text("reporting.column.denominator", locale));
			headers.add(name + " — " + text("reporting.column.weight", locale));
			headers.add(name + " — " + text("reporting.column.marks", locale));
		}
		List<List<Object>> rows = new ArrayList<>();
		for (Ranking.Score s : ranking.scores()) {
			List<Object> row = new ArrayList<>(List.of(s.position(), s.unit().name(locale), s.score(),
					ranking.maxScore(), s.disposed()));
			for (Ranking.Part part : s.parts()) {
				row.add(part.numerator());
				row.add(part.denominator());
				row.add(part.weight());
				row.add(part.marks());
			}
			rows.add(row);
		}
		String title = text("reporting.ranking.title", locale, ranking.month().toString(),
				text("reporting.level." + ranking.level().name(), locale))
				+ (ranking.provisional() ? " (" + text("reporting.ranking.provisional", locale) + ")" : "");
		return new Table(title, headers, rows);
	}

	/** UTF-8 with a byte-order mark, comma separated, CRLF line ends, quoted where needed (RFC 4180). */
	public byte[] csv(Table table) {
		StringBuilder out = new StringBuilder("\uFEFF");
		line(out, new ArrayList<>(table.headers()));
		for (List<Object> row : table.rows()) {
			line(out, row);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder out, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			Object cell = cells.get(i);
			String text = cell == null ? "" : cell.toString();
			if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
				text = '"' + text.replace("\"", "\"\"") + '"';
			}
			out.append(text);
		}
		out.append("\r\n");
	}

	/** One sheet named after the table, a bold header row, numbers as numeric cells. */
	public void xlsx(Table table, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < table.headers().size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(table.headers().get(i));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (List<Object> values : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object v = values.get(i);
					if (v == null) {
						continue;
					}
					Cell cell = row.createCell(i);
					if (v instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(v.toString());
					}
				}
			}
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public byte[] xlsx(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		xlsx(table, out);
		return out.toByteArray();
	}

	/** The meeting packs as one PDF, a page (or more, for a long list) per station. */
	public byte[] pdf(List<MeetingPack> packs, Locale locale) {
		return pdf.render(packs, locale);
	}

	private String yesNo(boolean value, Locale locale) {
		return value ? text("reporting.yes", locale) : "";
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
