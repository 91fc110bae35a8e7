package org.samadhan.pages.admin;

import java.util.function.Supplier;

import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;

/**
 * How the administrators' pages read what an address names. A unit the administrator does not keep
 * is "unknown" to the services (a refusal of the request's field); named by the address it is the
 * 404 page, as for one that does not exist. A number or value in the address that cannot be read
 * is the 404 page too, never a failure.
 */
final class Addresses {

	private Addresses() {
	}

	/** The answer of a service asked about what the address names; "unknown" becomes the 404 page. */
	static <T> T found(Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (InvalidInputException unknown) {
			throw new NotFoundException(unknown.messageKey(), unknown.arguments());
		}
	}

	/** An id in an address (an officer's, an upload's); one that is no number is "unknown" ({@code key}). */
	static long number(String text, String key) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException(key);
		}
	}

	/** A list's page number: 0 (the first) when none or nonsense is given. */
	static int page(String text) {
		try {
			return text == null ? 0 : Math.max(Integer.parseInt(text.strip()), 0);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** A value of one of a few kinds (a status, an outcome) named in a query; nonsense is the 404 page. */
	static <E extends Enum<E>> E oneOf(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("page.error.404");
		}
	}
}
