package org.samadhan.pages.citizen;

import java.io.Serializable;
import java.util.List;

import org.samadhan.attachment.AttachmentPurpose;
import org.samadhan.attachment.StoredAttachment;
import org.samadhan.pages.FileSize;

/**
 * A document the complainant gave with the complaint, as the citizen's pages list it back: the name
 * it was kept under, its kind and size; never its content or where it is kept. Serializable, as the
 * receipt keeps it in the session for one redirect.
 *
 * @param name the name the file was kept under; null when it came without one
 * @param kind the kind of file ({@code MediaKind}'s name), which the page names in its language
 */
record FiledDocument(String name, String kind, FileSize size) implements Serializable {

	/** The complainant's documents among a complaint's files, oldest first: not the enquiry's photos and scans. */
	static List<FiledDocument> of(List<StoredAttachment> files) {
		return files.stream()
			.filter(a -> a.purpose() == AttachmentPurpose.COMPLAINT_DOCUMENT)
			.map(a -> new FiledDocument(a.originalName(), a.kind().name(), FileSize.of(a.sizeBytes())))
			.toList();
	}
}
