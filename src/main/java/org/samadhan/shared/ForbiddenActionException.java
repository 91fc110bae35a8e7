package org.samadhan.shared;

/**
 * The caller may see the complaint but their role or posting does not allow this action on it.
 */
public class ForbiddenActionException extends SamadhanException {

	public ForbiddenActionException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
