package org.samadhan.pages;

import java.io.Serializable;
import java.util.Locale;

/**
 * A file's size as people read it, for a page's message {@code page.file-size.<unit>}: bytes
 * under a kilobyte, whole kilobytes under a megabyte, then megabytes to one decimal.
 *
 * @param unit {@code bytes}, {@code kb} or {@code mb}
 * @param amount the number in that unit, already written out
 */
public record FileSize(String unit, String amount) implements Serializable {

	public static FileSize of(long bytes) {
		if (bytes < 1024) {
			return new FileSize("bytes", Long.toString(bytes));
		}
		if (bytes < 1024 * 1024) {
			return new FileSize("kb", Long.toString(Math.round(bytes / 1024.0)));
		}
		return new FileSize("mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)));
	}
}
