package org.samadhan.pages.cases;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * A refused form's messages, shown once more at the top of the page: the page comes back at its
 * top after a refusal, and the form may sit thousands of pixels below. {@code lead} is the sentence
 * that introduces a list of reasons (the report "cannot be filed yet: …"), or null; {@code anchor}
 * is the id of the form's section, for the link down to it.
 */
record Refusal(String lead, List<String> messages, String anchor) {

	/** The form's errors; the one with code {@code leadKey} (may be null) introduces the rest. */
	static Refusal of(BindingResult errors, String leadKey, String anchor, MessageSource messages, Locale locale) {
		String lead = errors.getGlobalErrors()
			.stream()
			.filter(error -> leadKey != null && leadKey.equals(error.getCode()))
			.findFirst()
			.map(error -> messages.getMessage(error, locale))
			.orElse(null);
		List<String> rest = errors.getAllErrors()
			.stream()
			.filter(error -> leadKey == null || !leadKey.equals(error.getCode()))
			.map((ObjectError error) -> messages.getMessage(error, locale))
			.distinct()
			.toList();
		return new Refusal(lead, rest, anchor);
	}
}
