package org.samadhan.shared;

import java.util.List;

/**
 * A reference number that is not thirteen digits or whose check digit fails: a typing mistake.
 * A search may say which existing numbers the caller probably meant ({@link #didYouMean()}).
 */
public class InvalidReferenceNumberException extends InvalidInputException {

	private final transient List<String> didYouMean;

	public InvalidReferenceNumberException(String typed) {
		this(typed, null);
	}

	/** @param didYouMean the numbers to offer instead, or {@code null} when none were looked for */
	public InvalidReferenceNumberException(String typed, List<String> didYouMean) {
		super("reference", "reference.mistyped", typed);
		this.didYouMean = didYouMean == null ? null : List.copyOf(didYouMean);
	}

	/** The existing numbers one typing mistake away that the caller may see; {@code null}: not looked for. */
	public List<String> didYouMean() {
		return didYouMean;
	}
}
