package org.samadhan.reporting;

import java.util.List;

/**
 * Pending work of one station or one enquiry officer, by age since registration (0–7, 8–15,
 * 16–30, over 30 days), with those near default and the defaulters. {@code who} is the station,
 * or the officer (kind null, code the username).
 */
public record PendingLine(UnitRef who, Figure pending, List<Figure> byAge, Figure nearDefault, Figure defaulters,
		Figure escalated) {
}
