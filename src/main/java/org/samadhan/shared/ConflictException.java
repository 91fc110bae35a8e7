package org.samadhan.shared;

/** The request was understood but clashes with the current state: an illegal move, a stale version. */
public class ConflictException extends SamadhanException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
