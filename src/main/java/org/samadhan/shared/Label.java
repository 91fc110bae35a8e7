package org.samadhan.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A name that is shown to people, such as a status or a role, as a message key: inside another
 * message it is put in the caller's language ({@code status.REPORT_SUBMITTED} reads "आख्या
 * प्रस्तुत" in Hindi), and falls back to the code itself.
 */
public record Label(String key, String fallback) implements MessageSourceResolvable {

	public static Label of(String kind, Enum<?> value) {
		return new Label(kind + "." + value.name(), value.name());
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public String getDefaultMessage() {
		return fallback;
	}
}
