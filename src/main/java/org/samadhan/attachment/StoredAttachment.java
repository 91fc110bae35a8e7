package org.samadhan.attachment;

import java.time.Instant;

/**
 * A file kept for a complaint, as recorded when it was stored.
 *
 * @param id the attachment's id, a UUID, by which other modules refer to it
 * @param mediaType the type read from the file's own bytes, never the one a browser claimed
 * @param sizeBytes the exact number of bytes stored
 * @param sha256 the SHA-256 of those bytes in lower-case hex, to show later they are unchanged
 * @param originalName the name the file arrived with, without any folder; {@code null} when none
 * @param uploadedBy the officer who uploaded it; {@code null} for a citizen or a system channel
 */
public record StoredAttachment(String id, long complaintId, AttachmentPurpose purpose, String mediaType,
		long sizeBytes, String sha256, String originalName, Long uploadedBy, Instant uploadedAt) {

	/** The kind of file, from the media type its bytes were recognised as when it was stored. */
	public MediaKind kind() {
		return MediaKind.ofMediaType(mediaType)
			.orElseThrow(() -> new IllegalStateException("attachment " + id + " has an unknown type " + mediaType));
	}
}
