package org.samadhan.complaint;

import java.util.Locale;

/** A kind of complaint; some need a statement of the opposite party before a report is accepted. */
public record Category(String code, String nameEn, String nameHi, boolean oppositePartyStatementRequired) {

	public String name(Locale locale) {
		return "hi".equals(locale.getLanguage()) ? nameHi : nameEn;
	}
}
