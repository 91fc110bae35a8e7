package org.samadhan.complaint;

import org.samadhan.shared.ConflictException;
import org.samadhan.shared.Label;

/** The status table has no such move from the complaint's current status. */
public class IllegalMoveException extends ConflictException {

	public IllegalMoveException(ComplaintStatus from, ComplaintAction action) {
		super("complaint.illegal-move", Label.of("action", action), Label.of("status", from));
	}
}
