package org.samadhan.jurisdiction;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.samadhan.jurisdiction.UploadPlan.Outcome;
import org.springframework.context.MessageSource;

/**
 * An upload's plan as a person reads it, in their language: how many rows would do what, each row
 * with its outcome and every fault by column as a sentence, and for a transfer list which station's
 * "to reassign" list receives whose enquiries and who there can hand them on. The API answers it as
 * JSON and the administrators' pages show it, so that a fault reads the same in both.
 *
 * @param enquiriesHandedOn for a transfer list, the open enquiries its moves hand on; else null
 * @param leftWithNoOne for a transfer list, those that would wait with no one able to act (must be
 *        0); else null
 */
public record PlanReport(boolean valid, Map<Outcome, Long> counts, int changes, List<Line> lines,
		List<HandedOn> handedOn, Integer enquiriesHandedOn, Integer leftWithNoOne) {

	/** A district's set-up plan, or (with {@code preview}) a transfer list's. */
	public static PlanReport of(UploadPlan plan, TransferList.Preview preview, MessageSource messages, Locale locale) {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counts.put(outcome, plan.count(outcome));
		}
		List<Line> lines = plan.lines()
			.stream()
			.map(l -> new Line(l.sheet(), l.row(), l.key(), l.outcome(),
					l.detail() == null ? null : said(l.detail().messageKey(), l.detail().arguments(), messages, locale),
					l.faults()
						.stream()
						.map(f -> new Fault(f.column(), f.messageKey(), said(f.messageKey(), f.arguments(), messages, locale)))
						.toList()))
			.toList();
		List<HandedOn> handed = preview == null ? null : preview.handedOn()
			.stream()
			.map(h -> new HandedOn(h.station().code(), h.station().name(locale), h.references(), h.actors()))
			.toList();
		return new PlanReport(plan.valid(), counts, plan.changes(), lines, handed,
				preview == null ? null : preview.enquiriesHandedOn(), preview == null ? null : preview.leftWithNoOne());
	}

	private static String said(String key, List<Object> arguments, MessageSource messages, Locale locale) {
		return messages.getMessage(key, arguments.toArray(), key, locale);
	}

	/** Whether the plan would be applied: no row with a fault, and no enquiry left with no one. */
	public boolean applicable() {
		return valid && (leftWithNoOne == null || leftWithNoOne == 0);
	}

	/** One row: where it is in the file, what it names, what it would do, and its faults. */
	public record Line(String sheet, int row, String key, Outcome outcome, String detail, List<Fault> errors) {
	}

	/** A fault in a column (null: the row as a whole): its stable code and the sentence people read. */
	public record Fault(String column, String code, String message) {
	}

	/** A station's share of a transfer list's handed-on enquiries, and who can hand them on there. */
	public record HandedOn(String stationCode, String station, List<String> references, List<String> whoCanHandOver) {
	}
}
