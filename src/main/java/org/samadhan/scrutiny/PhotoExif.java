package org.samadhan.scrutiny;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;

/**
 * What a JPEG's EXIF says about when and where it was taken: DateTimeOriginal (with
 * OffsetTimeOriginal when the camera wrote one) and the GPS latitude and longitude. Either may be
 * absent. Read with metadata-extractor (Drew Noakes), the well-kept reader, from at most the first
 * 128 KB (the metadata segments come before the image data); anything malformed reads as "nothing".
 *
 * @param takenAt the local date and time the camera recorded (cameras keep no zone unless
 * {@code offset} is present)
 * @param offset the zone offset from OffsetTimeOriginal, or null
 * @param position the GPS position, or null
 */
record PhotoExif(LocalDateTime takenAt, ZoneOffset offset, GeoPoint position) {

	static final PhotoExif NONE = new PhotoExif(null, null, null);

	private static final int READ_LIMIT = 128 * 1024;

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

	/**
	 * Reads the bytes of a JPEG (or its beginning: the metadata comes before the image) with
	 * metadata-extractor's EXIF reader; never throws on bad data.
	 */
	static PhotoExif parse(byte[] bytes) {
		try {
			Metadata metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(bytes),
					List.of(new ExifReader()));
			LocalDateTime taken = null;
			ZoneOffset offset = null;
			ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
			if (exif != null) {
				taken = time(exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
				offset = offset(exif.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
			}
			GeoPoint position = null;
			GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
			GeoLocation location = gps == null ? null : gps.getGeoLocation();
			if (location != null && !location.isZero() && Math.abs(location.getLatitude()) <= 90
					&& Math.abs(location.getLongitude()) <= 180) {
				position = new GeoPoint(location.getLatitude(), location.getLongitude());
			}
			return new PhotoExif(taken, offset, position);
		}
		catch (JpegProcessingException | IOException | RuntimeException malformed) {
			return NONE;
		}
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
}
