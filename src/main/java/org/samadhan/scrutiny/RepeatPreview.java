package org.samadhan.scrutiny;

import java.util.List;

/**
 * What a complaint being typed would be linked to if it were registered now, among the complaints
 * the reader may open: how many, and their references. Earlier complaints outside the reader's
 * posting are left out altogether, so that asking tells nothing about a stranger's number.
 */
public record RepeatPreview(List<String> visibleReferences) {

	public RepeatPreview {
		visibleReferences = List.copyOf(visibleReferences);
	}

	public int count() {
		return visibleReferences.size();
	}
}
