package org.samadhan.scrutiny;

import java.util.List;

/**
 * What a complaint being typed would be linked to if it were registered now: how many earlier
 * complaints it repeats, and the references of those the reader may open (the others stay
 * unnamed, as in {@link RepeatLink}).
 */
public record RepeatPreview(int count, List<String> visibleReferences) {

	public RepeatPreview {
		visibleReferences = List.copyOf(visibleReferences);
	}

	/** How many of the linked complaints lie outside the reader's posting. */
	public int hidden() {
		return count - visibleReferences.size();
	}
}
