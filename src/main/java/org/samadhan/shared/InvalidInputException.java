package org.samadhan.shared;

/** Input that cannot be taken as it is; nothing was stored. */
public class InvalidInputException extends SamadhanException {

	private final String field;

	public InvalidInputException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** The request field at fault, or {@code null} when the whole request is. */
	public String field() {
		return field;
	}
}
