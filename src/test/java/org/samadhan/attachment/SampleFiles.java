package org.samadhan.attachment;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

/**
 * Files of each kind, of any size: the signature a kind is recognised by, then noise. That is
 * enough, as a kind is decided from the leading bytes alone.
 */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] jpeg(int size) {
		return file("FFD8FFE0", size);
	}

	static byte[] png(int size) {
		return file("89504E470D0A1A0A", size);
	}

	static byte[] webp(int size) {
		return file("52494646" + "24080000" + "57454250", size);
	}

	static byte[] pdf(int size) {
		return file(HexFormat.of().formatHex("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)), size);
	}

	private static byte[] file(String signature, int size) {
		byte[] head = HexFormat.of().parseHex(signature);
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		System.arraycopy(head, 0, bytes, 0, Math.min(head.length, size));
		return bytes;
	}
}
