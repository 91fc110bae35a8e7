package org.samadhan.shared;

/** A reference number that is not thirteen digits or whose check digit fails: a typing mistake. */
public class InvalidReferenceNumberException extends InvalidInputException {

	public InvalidReferenceNumberException(String typed) {
		super("reference", "reference.mistyped", typed);
	}
}
