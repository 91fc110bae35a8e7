package org.samadhan.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a small JPEG with an EXIF APP1 segment, as a phone camera writes one: DateTimeOriginal
 * (and OffsetTimeOriginal) in the EXIF IFD, latitude and longitude in the GPS IFD. Tests make their
 * photos with it instead of keeping binary fixtures.
 */
public final class ExifJpeg {

	private final ByteOrder order;

	private LocalDateTime takenAt;

	private String offset;

	private Double latitude;

	private Double longitude;

	private ExifJpeg(ByteOrder order) {
		this.order = order;
	}

	/** Intel byte order, as most phones write. */
	public static ExifJpeg photo() {
		return new ExifJpeg(ByteOrder.LITTLE_ENDIAN);
	}

	/** Motorola byte order, as some cameras write. */
	public static ExifJpeg bigEndianPhoto() {
		return new ExifJpeg(ByteOrder.BIG_ENDIAN);
	}

	public ExifJpeg takenAt(LocalDateTime at) {
		this.takenAt = at;
		return this;
	}

	public ExifJpeg offset(String offset) {
		this.offset = offset;
		return this;
	}

	public ExifJpeg at(double latitude, double longitude) {
		this.latitude = latitude;
		this.longitude = longitude;
		return this;
	}

	public byte[] bytes() {
		List<Entry> exif = new ArrayList<>();
		if (takenAt != null) {
			exif.add(ascii(0x9003, DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss").format(takenAt)));
		}
		if (offset != null) {
			exif.add(ascii(0x9011, offset));
		}
		List<Entry> gps = new ArrayList<>();
		if (latitude != null) {
			gps.add(ascii(1, latitude >= 0 ? "N" : "S"));
			gps.add(rationals(2, Math.abs(latitude)));
			gps.add(ascii(3, longitude >= 0 ? "E" : "W"));
			gps.add(rationals(4, Math.abs(longitude)));
		}
		int ifd0Entries = (exif.isEmpty() ? 0 : 1) + (gps.isEmpty() ? 0 : 1);
		int ifd0 = 8;
		int exifAt = ifd0 + size(ifd0Entries, List.of());
		int gpsAt = exifAt + (exif.isEmpty() ? 0 : size(exif.size(), exif));
		List<Entry> first = new ArrayList<>();
		if (!exif.isEmpty()) {
			first.add(new Entry(0x8769, 4, 1, u32(exifAt)));
		}
		if (!gps.isEmpty()) {
			first.add(new Entry(0x8825, 4, 1, u32(gpsAt)));
		}
		ByteBuffer tiff = ByteBuffer.allocate(gpsAt + (gps.isEmpty() ? 0 : size(gps.size(), gps))).order(order);
		tiff.put(order == ByteOrder.LITTLE_ENDIAN ? new byte[] { 'I', 'I' } : new byte[] { 'M', 'M' });
		tiff.putShort((short) 42);
		tiff.putInt(ifd0);
		write(tiff, ifd0, first);
		if (!exif.isEmpty()) {
			write(tiff, exifAt, exif);
		}
		if (!gps.isEmpty()) {
			write(tiff, gpsAt, gps);
		}
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		jpeg.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8 });
		int length = 2 + 6 + tiff.capacity();
		jpeg.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
		jpeg.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		jpeg.writeBytes(tiff.array());
		// a token of image data: a quantisation table header and the end of the image
		jpeg.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xDB, 0, 3, 0, (byte) 0xFF, (byte) 0xD9 });
		return jpeg.toByteArray();
	}

	private record Entry(int tag, int type, int count, byte[] value) {
	}

	private static int size(int entries, List<Entry> withData) {
		int data = withData.stream().mapToInt(e -> e.value().length > 4 ? even(e.value().length) : 0).sum();
		return 2 + 12 * entries + 4 + data;
	}

	private static int even(int n) {
		return n + (n & 1);
	}

	private void write(ByteBuffer tiff, int at, List<Entry> entries) {
		int data = at + 2 + 12 * entries.size() + 4;
		tiff.position(at);
		tiff.putShort((short) entries.size());
		for (Entry e : entries) {
			tiff.putShort((short) e.tag());
			tiff.putShort((short) e.type());
			tiff.putInt(e.count());
			if (e.value().length <= 4) {
				byte[] inline = new byte[4];
				System.arraycopy(e.value(), 0, inline, 0, e.value().length);
				tiff.put(inline);
			}
			else {
				tiff.putInt(data);
				int here = tiff.position();
				tiff.position(data);
				tiff.put(e.value());
				tiff.position(here);
				data += even(e.value().length);
			}
		}
		tiff.putInt(0);
	}

	private Entry ascii(int tag, String value) {
		byte[] text = (value + "\0").getBytes(StandardCharsets.US_ASCII);
		return new Entry(tag, 2, text.length, text);
	}

	private Entry rationals(int tag, double degrees) {
		int whole = (int) degrees;
		double minutesExact = (degrees - whole) * 60;
		int minutes = (int) minutesExact;
		long secondsTimes1000 = Math.round((minutesExact - minutes) * 60 * 1000);
		ByteBuffer value = ByteBuffer.allocate(24).order(order);
		value.putInt(whole).putInt(1).putInt(minutes).putInt(1).putInt((int) secondsTimes1000).putInt(1000);
		return new Entry(tag, 5, 3, value.array());
	}

	private byte[] u32(int value) {
		return ByteBuffer.allocate(4).order(order).putInt(value).array();
	}
}
