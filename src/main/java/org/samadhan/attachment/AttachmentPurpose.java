package org.samadhan.attachment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a file is attached to a complaint, which decides what kinds of file are accepted for it. A
 * photo from a site visit must be a photo; papers may also come as PDF.
 */
public enum AttachmentPurpose {

	/** A document the complainant handed in with the complaint or later: a letter, an order, a receipt. */
	COMPLAINT_DOCUMENT(EnumSet.of(MediaKind.JPEG, MediaKind.PNG, MediaKind.WEBP, MediaKind.PDF)),

	/** A photo taken at the place of the incident during the enquiry officer's site visit. */
	VISIT_PHOTO(EnumSet.of(MediaKind.JPEG, MediaKind.PNG, MediaKind.WEBP)),

	/** The scan of a statement a party or a witness signed during the enquiry. */
	STATEMENT_SCAN(EnumSet.of(MediaKind.JPEG, MediaKind.PNG, MediaKind.WEBP, MediaKind.PDF)),

	/** What shows the matter was resolved: a settlement, a recovery memo, an FIR copy. */
	CLOSURE_EVIDENCE(EnumSet.of(MediaKind.JPEG, MediaKind.PNG, MediaKind.WEBP, MediaKind.PDF));

	private final Set<MediaKind> accepted;

	AttachmentPurpose(Set<MediaKind> accepted) {
		this.accepted = accepted;
	}

	/** The kinds of file accepted for this purpose. */
	public Set<MediaKind> accepted() {
		return Collections.unmodifiableSet(accepted);
	}

	/** Whether a file of this kind may be attached for this purpose. */
	public boolean accepts(MediaKind kind) {
		return accepted.contains(kind);
	}

	/** The accepted kinds as a person reads them in a refusal, such as {@code JPEG, PNG, WEBP}. */
	String acceptedNames() {
		return accepted.stream().map(MediaKind::name).collect(Collectors.joining(", "));
	}
}
