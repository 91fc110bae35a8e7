package org.samadhan.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.util.MimeConstants;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The meeting pack as PDF through Apache FOP, whose complex-script support shapes Devanagari
 * (conjuncts, the reordered short-i matra, marks) with the font's OpenType tables; PDF libraries
 * that only map characters to glyphs print Hindi broken (see docs/adr/0010). The font is Lohit
 * Devanagari (SIL Open Font License), shipped on the classpath and copied to a temporary file once,
 * since FOP loads fonts by URI; it is embedded as a subset.
 */
@Component
class MeetingPackPdf {

	static final String FONT = "Lohit Devanagari";

	private final MessageSource messages;

	private final FopFactory fop;

	MeetingPackPdf(MessageSource messages) {
		this.messages = messages;
		this.fop = factory();
	}

	private static FopFactory factory() {
		try {
			Path dir = Files.createTempDirectory("samadhan-fonts");
			Path font = dir.resolve("Lohit-Devanagari.ttf");
			try (InputStream in = MeetingPackPdf.class.getResourceAsStream("/fonts/Lohit-Devanagari.ttf")) {
				if (in == null) {
					throw new IllegalStateException("fonts/Lohit-Devanagari.ttf missing from the classpath");
				}
				Files.copy(in, font, StandardCopyOption.REPLACE_EXISTING);
			}
			font.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			String conf = """
					<fop version="1.0">
					  <renderers>
					    <renderer mime="application/pdf">
					      <fonts>
					        <font kerning="yes" embed-url="%s" embedding-mode="subset">
					          <font-triplet name="%s" style="normal" weight="normal"/>
					          <font-triplet name="%s" style="normal" weight="bold"/>
					        </font>
					      </fonts>
					    </renderer>
					  </renderers>
					</fop>""".formatted(font.toUri(), FONT, FONT);
			FopConfParser parser = new FopConfParser(new ByteArrayInputStream(conf.getBytes(StandardCharsets.UTF_8)),
					dir.toUri());
			return parser.getFopFactoryBuilder().build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (org.xml.sax.SAXException e) {
			throw new IllegalStateException(e);
		}
	}

	byte[] render(List<MeetingPack> packs, Locale locale) {
		String fo = document(packs, locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Fop render = fop.newFop(MimeConstants.MIME_PDF, fop.newFOUserAgent(), out);
			Transformer identity = TransformerFactory.newInstance().newTransformer();
			identity.transform(new StreamSource(new ByteArrayInputStream(fo.getBytes(StandardCharsets.UTF_8))),
					new SAXResult(render.getDefaultHandler()));
		}
		catch (FOPException | javax.xml.transform.TransformerException e) {
			throw new IllegalStateException("meeting pack PDF failed", e);
		}
		return out.toByteArray();
	}

	/** The XSL-FO document: one page sequence per station, so each station starts on a new page. */
	String document(List<MeetingPack> packs, Locale locale) {
		StringBuilder fo = new StringBuilder();
		fo.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.append("<fo:root xmlns:fo=\"http://www.w3.org/1999/XSL/Format\" font-family=\"").append(FONT)
			.append("\" font-size=\"8.5pt\" language=\"").append(locale.getLanguage()).append("\">")
			.append("<fo:layout-master-set><fo:simple-page-master master-name=\"a4\" page-height=\"297mm\" "
					+ "page-width=\"210mm\" margin=\"10mm\"><fo:region-body/></fo:simple-page-master>"
					+ "</fo:layout-master-set>");
		if (packs.isEmpty()) {
			fo.append("<fo:page-sequence master-reference=\"a4\"><fo:flow flow-name=\"xsl-region-body\"><fo:block>")
				.append(esc(text("reporting.pack.empty", locale)))
				.append("</fo:block></fo:flow></fo:page-sequence>");
		}
		for (MeetingPack pack : packs) {
			fo.append("<fo:page-sequence master-reference=\"a4\"><fo:flow flow-name=\"xsl-region-body\">");
			block(fo, text("reporting.pack.title", locale, pack.station().name(locale)), "13pt", true);
			block(fo, text("reporting.pack.subtitle", locale, pack.circle() == null ? "" : pack.circle().name(locale),
					pack.date().toString()), "9pt", false);
			List<Figure> ages = pack.pendingByAge();
			block(fo, text("reporting.pack.summary", locale, pack.pendingTotal().count(), ages.get(0).count(),
					ages.get(1).count(), ages.get(2).count(), ages.get(3).count(), pack.defaulters().figure().count(),
					pack.nearDefault().figure().count()), "9pt", false);
			officers(fo, pack.byOfficer(), locale);
			section(fo, text("reporting.pack.defaulters", locale), pack.defaulters(), locale);
			section(fo, text("reporting.pack.near-default", locale), pack.nearDefault(), locale);
			section(fo, text("reporting.pack.flagged", locale), pack.flagged(), locale);
			section(fo, text("reporting.pack.returned", locale), pack.returnedOrReopened(), locale);
			section(fo, text("reporting.pack.escalated", locale), pack.escalated(), locale);
			section(fo, text("reporting.pack.pending", locale), pack.pending(), locale);
			fo.append("</fo:flow></fo:page-sequence>");
		}
		return fo.append("</fo:root>").toString();
	}

	private void officers(StringBuilder fo, List<PendingLine> lines, Locale locale) {
		block(fo, text("reporting.pack.by-officer", locale), "10pt", true);
		if (lines.isEmpty()) {
			block(fo, text("reporting.pack.none", locale), "8.5pt", false);
			return;
		}
		table(fo, List.of(text("reporting.column.officer", locale), "0-7", "8-15", "16-30", ">30",
				text("reporting.column.near-default", locale), text("reporting.column.defaulter", locale)),
				new int[] { 40, 10, 10, 10, 10, 10, 10 },
				lines.stream()
					.map(l -> List.<Object>of(l.who().name(locale), l.byAge().get(0).count(), l.byAge().get(1).count(),
							l.byAge().get(2).count(), l.byAge().get(3).count(), l.nearDefault().count(),
							l.defaulters().count()))
					.toList());
	}

	private void section(StringBuilder fo, String title, MeetingPack.Section section, Locale locale) {
		List<CaseLine> lines = section.lines();
		block(fo, title + " (" + section.figure().count() + ")", "10pt", true);
		if (lines.isEmpty()) {
			block(fo, text("reporting.pack.none", locale), "8.5pt", false);
			return;
		}
		table(fo, List.of(text("reporting.column.reference", locale), text("reporting.column.officer", locale),
				text("reporting.column.registered-on", locale), text("reporting.column.age-days", locale),
				text("reporting.column.due-on", locale), text("reporting.column.status", locale)),
				new int[] { 17, 30, 13, 8, 13, 19 },
				lines.stream()
					.map(l -> List.<Object>of(l.reference(), l.officer() == null ? "" : l.officer().name(locale),
							l.registeredOn(), l.ageDays(), l.dueOn() == null ? "" : l.dueOn(),
							text("status." + l.status().name(), locale)))
					.toList());
		if (section.figure().count() > lines.size()) {
			block(fo, text("reporting.pack.more", locale, section.figure().count() - lines.size()), "8.5pt", false);
		}
	}

	private static void table(StringBuilder fo, List<String> headers, int[] widths, List<List<Object>> rows) {
		fo.append("<fo:table table-layout=\"fixed\" width=\"100%\" border-collapse=\"collapse\" space-after=\"3mm\">");
		for (int w : widths) {
			fo.append("<fo:table-column column-width=\"proportional-column-width(").append(w).append(")\"/>");
		}
		fo.append("<fo:table-header><fo:table-row>");
		for (String h : headers) {
			cell(fo, h, true);
		}
		fo.append("</fo:table-row></fo:table-header><fo:table-body>");
		for (List<Object> row : rows) {
			fo.append("<fo:table-row>");
			for (Object v : row) {
				cell(fo, v == null ? "" : v.toString(), false);
			}
			fo.append("</fo:table-row>");
		}
		fo.append("</fo:table-body></fo:table>");
	}

	private static void cell(StringBuilder fo, String text, boolean header) {
		fo.append("<fo:table-cell border=\"0.4pt solid #888888\" padding=\"0.6mm\"")
			.append(header ? " background-color=\"#eeeeee\"" : "")
			.append("><fo:block>")
			.append(esc(text))
			.append("</fo:block></fo:table-cell>");
	}

	private static void block(StringBuilder fo, String text, String size, boolean bold) {
		fo.append("<fo:block font-size=\"").append(size).append("\" space-before=\"2mm\" space-after=\"1mm\"")
			.append(bold ? " font-weight=\"bold\"" : "")
			.append(">")
			.append(esc(text))
			.append("</fo:block>");
	}

	private static String esc(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (char c : s.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
