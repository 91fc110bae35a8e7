package org.samadhan.pages.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/**
 * Reads what an administrator typed into the values administration's requests take. Blank is
 * "not given" (the request's rules say whether that will do); a number or a date that cannot be
 * read is reported next to its field, and the request gets nothing for it.
 */
final class Typed {

	private Typed() {
	}

	static String text(String typed) {
		return typed == null || typed.isBlank() ? null : typed.strip();
	}

	static Double number(String typed, String field, BindingResult errors) {
		String text = text(typed);
		if (text == null) {
			return null;
		}
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value)) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.rejectValue(field, "page.admin.number.unreadable");
		return null;
	}

	static LocalDate date(String typed, String field, BindingResult errors) {
		String text = text(typed);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "page.admin.date.unreadable");
			return null;
		}
	}

	/** A version carried in a hidden field; one that cannot be read is none (the service asks for it). */
	static Integer whole(String typed) {
		try {
			return typed == null ? null : Integer.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
