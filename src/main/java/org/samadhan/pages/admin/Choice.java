package org.samadhan.pages.admin;

import java.util.List;
import java.util.Locale;

import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.springframework.context.MessageSource;

/** One option of a picker: the value sent and the words shown. */
record Choice(String value, String label) {

	/**
	 * A unit as a picker in tree order shows it: indented by its level, with its kind, and a beat or
	 * outpost with its station (every station has a "Beat 1").
	 */
	static String indented(Unit unit, List<Unit> units, Locale locale, MessageSource messages) {
		int depth = switch (unit.kind()) {
			case STATE, DISTRICT -> 0;
			case ZONE, CIRCLE -> 1;
			case RANGE, STATION -> 2;
			case BEAT, OUTPOST -> 3;
		};
		String name = unit.name(locale);
		if (unit.kind() == UnitKind.BEAT || unit.kind() == UnitKind.OUTPOST) {
			name = units.stream()
				.filter(u -> Long.valueOf(u.id()).equals(unit.parentId()))
				.findFirst()
				.map(station -> unit.name(locale) + ", " + station.name(locale))
				.orElse(name);
		}
		return "\u00a0\u00a0\u00a0".repeat(depth) + name + " ("
				+ messages.getMessage("kind." + unit.kind(), null, locale) + ")";
	}
}
