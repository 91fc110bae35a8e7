package org.samadhan.shared;

/**
 * Nothing there for this caller. Said the same way whether the thing does not exist or belongs
 * to a unit the caller may not see, so that guessing an id reveals nothing.
 */
public class NotFoundException extends SamadhanException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
