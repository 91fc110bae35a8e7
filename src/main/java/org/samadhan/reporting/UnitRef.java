package org.samadhan.reporting;

import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;

/** A unit (or, for an enquiry officer's own view, the officer) as a page names it, in both languages. */
public record UnitRef(Long id, UnitKind kind, String code, String nameEn, String nameHi) {

	static UnitRef of(Unit unit) {
		return new UnitRef(unit.id(), unit.kind(), unit.code(), unit.nameEn(), unit.nameHi());
	}

	public String name(java.util.Locale locale) {
		return "hi".equals(locale.getLanguage()) ? nameHi : nameEn;
	}
}
