package org.samadhan.scrutiny;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a JPEG's EXIF says about when and where it was taken: DateTimeOriginal (with
 * OffsetTimeOriginal when the camera wrote one) and the GPS latitude and longitude. Either may be
 * absent. Read by a small reader of the APP1 segment's TIFF structure, which is all that is needed:
 * it reads at most the first 128 KB, follows only the EXIF and GPS IFD pointers, checks every
 * offset against the segment, and answers "nothing" for anything malformed rather than failing.
 *
 * @param takenAt the local date and time the camera recorded (cameras keep no zone unless
 * {@code offset} is present)
 * @param offset the zone offset from OffsetTimeOriginal, or null
 * @param position the GPS position, or null
 */
record PhotoExif(LocalDateTime takenAt, ZoneOffset offset, GeoPoint position) {

	static final PhotoExif NONE = new PhotoExif(null, null, null);

	private static final int READ_LIMIT = 128 * 1024;

	private static final int TAG_EXIF_IFD = 0x8769;

	private static final int TAG_GPS_IFD = 0x8825;

	private static final int TAG_DATE_TIME_ORIGINAL = 0x9003;

	private static final int TAG_OFFSET_TIME_ORIGINAL = 0x9011;

	private static final int GPS_LATITUDE_REF = 1;

	private static final int GPS_LATITUDE = 2;

	private static final int GPS_LONGITUDE_REF = 3;

	private static final int GPS_LONGITUDE = 4;

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

	boolean isEmpty() {
		return takenAt == null && position == null;
	}

	/** The moment taken, reading a time without offset in {@code defaultOffset}. */
	OffsetDateTime takenAt(ZoneOffset defaultOffset) {
		return takenAt == null ? null : takenAt.atOffset(offset == null ? defaultOffset : offset);
	}

	static PhotoExif read(InputStream jpeg) throws IOException {
		return parse(jpeg.readNBytes(READ_LIMIT));
	}

	/** Parses the bytes of a JPEG (or its beginning); never throws on bad data. */
	static PhotoExif parse(byte[] bytes) {
		try {
			return app1(bytes).map(PhotoExif::tiff).orElse(NONE);
		}
		catch (RuntimeException malformed) {
			return NONE;
		}
	}

	/** The TIFF block of the first APP1 segment that starts with "Exif\0\0", searching up to the image data. */
	private static Optional<Tiff> app1(byte[] b) {
		if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
			return Optional.empty();
		}
		int pos = 2;
		while (pos + 4 <= b.length) {
			if ((b[pos] & 0xFF) != 0xFF) {
				return Optional.empty();
			}
			int marker = b[pos + 1] & 0xFF;
			if (marker == 0xFF) { // fill byte
				pos++;
				continue;
			}
			if (marker == 0xDA || marker == 0xD9) { // start of scan, end of image: no more metadata
				return Optional.empty();
			}
			int length = ((b[pos + 2] & 0xFF) << 8) | (b[pos + 3] & 0xFF);
			if (length < 2 || pos + 2 + length > b.length) {
				return Optional.empty();
			}
			int start = pos + 4;
			if (marker == 0xE1 && length >= 8 && new String(b, start, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
				return Optional.of(new Tiff(b, start + 6, pos + 2 + length));
			}
			pos += 2 + length;
		}
		return Optional.empty();
	}

	private static PhotoExif tiff(Tiff t) {
		if (t.u16(0) != 0x4949 && t.u16(0) != 0x4D4D) {
			return NONE;
		}
		if (t.u16(2) != 42) {
			return NONE;
		}
		long ifd0 = t.u32(4);
		LocalDateTime taken = null;
		ZoneOffset offset = null;
		GeoPoint position = null;
		Long exifIfd = t.pointer(ifd0, TAG_EXIF_IFD);
		if (exifIfd != null) {
			taken = time(t.ascii(exifIfd, TAG_DATE_TIME_ORIGINAL));
			offset = offset(t.ascii(exifIfd, TAG_OFFSET_TIME_ORIGINAL));
		}
		Long gpsIfd = t.pointer(ifd0, TAG_GPS_IFD);
		if (gpsIfd != null) {
			Double lat = t.degrees(gpsIfd, GPS_LATITUDE);
			Double lon = t.degrees(gpsIfd, GPS_LONGITUDE);
			String latRef = t.ascii(gpsIfd, GPS_LATITUDE_REF);
			String lonRef = t.ascii(gpsIfd, GPS_LONGITUDE_REF);
			if (lat != null && lon != null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
				position = new GeoPoint("S".equals(latRef) ? -lat : lat, "W".equals(lonRef) ? -lon : lon);
			}
		}
		return new PhotoExif(taken, offset, position);
	}

	private static LocalDateTime time(String value) {
		if (value == null || value.length() < 19) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.substring(0, 19), EXIF_TIME);
		}
		catch (DateTimeParseException unset) { // cameras write "    :  :     :  :  " when they do not know
			return null;
		}
	}

	private static ZoneOffset offset(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return ZoneOffset.of(value.strip());
		}
		catch (RuntimeException unreadable) {
			return null;
		}
	}

	/** A TIFF block inside the byte array, from {@code base} (offset 0) to {@code end}. */
	private record Tiff(byte[] b, int base, int end) {

		boolean little() {
			return b[base] == 'I';
		}

		int u16(long offset) {
			int p = at(offset, 2);
			return little() ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 : (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
		}

		long u32(long offset) {
			int p = at(offset, 4);
			long value = little()
					? (b[p] & 0xFFL) | (b[p + 1] & 0xFFL) << 8 | (b[p + 2] & 0xFFL) << 16 | (b[p + 3] & 0xFFL) << 24
					: (b[p] & 0xFFL) << 24 | (b[p + 1] & 0xFFL) << 16 | (b[p + 2] & 0xFFL) << 8 | (b[p + 3] & 0xFFL);
			return value;
		}

		/** The array index of a TIFF offset, after checking that {@code size} bytes fit in the block. */
		int at(long offset, int size) {
			if (offset < 0 || base + offset + size > end) {
				throw new IndexOutOfBoundsException("EXIF offset " + offset + " outside the segment");
			}
			return (int) (base + offset);
		}

		/** The offset of the 12-byte entry of {@code tag} in the IFD at {@code ifd}, or -1. */
		long entry(long ifd, int tag) {
			int count = u16(ifd);
			for (int i = 0; i < count; i++) {
				long e = ifd + 2 + 12L * i;
				if (u16(e) == tag) {
					return e;
				}
			}
			return -1;
		}

		Long pointer(long ifd, int tag) {
			long e = entry(ifd, tag);
			return e < 0 ? null : u32(e + 8);
		}

		/** An ASCII value (type 2): inline when it fits in 4 bytes, else at its offset; up to its NUL. */
		String ascii(long ifd, int tag) {
			long e = entry(ifd, tag);
			if (e < 0 || u16(e + 2) != 2) {
				return null;
			}
			long count = u32(e + 4);
			if (count == 0 || count > 64) {
				return null;
			}
			long offset = count <= 4 ? e + 8 : u32(e + 8);
			int p = at(offset, (int) count);
			int length = 0;
			while (length < count && b[p + length] != 0) {
				length++;
			}
			return new String(b, p, length, StandardCharsets.US_ASCII);
		}

		/** Three RATIONALs (type 5): degrees, minutes, seconds, as decimal degrees. */
		Double degrees(long ifd, int tag) {
			long e = entry(ifd, tag);
			if (e < 0 || u16(e + 2) != 5 || u32(e + 4) != 3) {
				return null;
			}
			long offset = u32(e + 8);
			double value = 0;
			double[] scale = { 1, 60, 3600 };
			for (int i = 0; i < 3; i++) {
				long numerator = u32(offset + 8L * i);
				long denominator = u32(offset + 8L * i + 4);
				if (denominator == 0) {
					return null;
				}
				value += numerator / (double) denominator / scale[i];
			}
			return value;
		}
	}
}
