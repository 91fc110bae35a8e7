package org.samadhan.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The types of file the system keeps, each recognised by the first bytes of its content. The
 * name a file arrives with and the type a browser claims are not evidence of what it is.
 */
public enum MediaKind {

	/** A JPEG photo, as phone cameras and scanners produce. */
	JPEG("image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif"), "FF D8 FF"),

	/** A PNG image, typically a screenshot. */
	PNG("image/png", List.of("png"), "89 50 4E 47 0D 0A 1A 0A"),

	/** A WebP image, as some phones and messaging apps save photos. */
	WEBP("image/webp", List.of("webp"), "52 49 46 46 ?? ?? ?? ?? 57 45 42 50"),

	/** A PDF document, typically a scanned letter or a statement. */
	PDF("application/pdf", List.of("pdf"), "25 50 44 46 2D");

	/** How many leading bytes of a file decide its kind: the longest signature. */
	static final int SIGNATURE_LENGTH = Arrays.stream(values()).mapToInt(kind -> kind.signature.length).max().orElseThrow();

	private final String mediaType;

	private final List<String> extensions;

	/** The leading bytes of every file of this kind; {@code -1} where the byte varies (a length). */
	private final int[] signature;

	/**
	 * @param signature the leading bytes in hex, as file format specifications write them; {@code ??}
	 * for a byte that varies
	 */
	MediaKind(String mediaType, List<String> extensions, String signature) {
		this.mediaType = mediaType;
		this.extensions = extensions;
		this.signature = Arrays.stream(signature.split(" "))
			.mapToInt(hex -> hex.equals("??") ? -1 : Integer.parseInt(hex, 16))
			.toArray();
	}

	/** The media type to send the file with, such as {@code image/jpeg}. */
	public String mediaType() {
		return mediaType;
	}

	/** Whether a browser shows a file of this kind as a picture (a thumbnail, an {@code <img>}). */
	public boolean isImage() {
		return mediaType.startsWith("image/");
	}

	/** The kind sent with this media type, as a row records it. */
	static Optional<MediaKind> ofMediaType(String mediaType) {
		return Arrays.stream(values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst();
	}

	/** The file name extensions, lower case and without the dot, that usually name this kind. */
	public List<String> extensions() {
		return extensions;
	}

	/** The kind whose signature the leading bytes of a file carry, if any. */
	static Optional<MediaKind> detect(byte[] head) {
		return Arrays.stream(values()).filter(kind -> kind.matches(head)).findFirst();
	}

	/** The kind a file name's extension names, if it names one of ours. */
	static Optional<MediaKind> named(String fileName) {
		if (fileName == null) {
			return Optional.empty();
		}
		int dot = fileName.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter(kind -> kind.extensions.contains(extension)).findFirst();
	}

	private boolean matches(byte[] head) {
		if (head.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (signature[i] != -1 && (head[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
