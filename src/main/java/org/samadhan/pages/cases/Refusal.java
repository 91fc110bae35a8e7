package org.samadhan.pages.cases;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * A refused form's messages, shown once more at the top of the page: the page comes back at its
 * top after a refusal, and the form may sit thousands of pixels below. {@code anchor} is the id of
 * the form's section, for the link down to it.
 */
record Refusal(String anchor, List<String> messages) {

	static Refusal of(BindingResult errors, String anchor, MessageSource messages, Locale locale) {
		return new Refusal(anchor,
				errors.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).distinct().toList());
	}
}
