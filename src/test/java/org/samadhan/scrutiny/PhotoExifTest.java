package org.samadhan.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.samadhan.support.ExifJpeg;

class PhotoExifTest {

	private static final LocalDateTime TAKEN = LocalDateTime.of(2026, 11, 20, 14, 5, 30);

	@Test
	void readsTheTimeTheOffsetAndThePositionAPhoneWrote() throws Exception {
		byte[] jpeg = ExifJpeg.photo().takenAt(TAKEN).offset("+05:30").at(28.8101, 79.0302).bytes();

		PhotoExif exif = PhotoExif.read(new ByteArrayInputStream(jpeg));

		assertThat(exif.takenAt()).isEqualTo(TAKEN);
		assertThat(exif.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
		assertThat(exif.position().latitude()).isCloseTo(28.8101, within(1e-6));
		assertThat(exif.position().longitude()).isCloseTo(79.0302, within(1e-6));
	}

	@Test
	void readsMotorolaByteOrderAndSouthernAndWesternPositions() {
		byte[] jpeg = ExifJpeg.bigEndianPhoto().takenAt(TAKEN).at(-33.8688, -70.6693).bytes();

		PhotoExif exif = PhotoExif.parse(jpeg);

		assertThat(exif.takenAt()).isEqualTo(TAKEN);
		assertThat(exif.offset()).isNull();
		assertThat(exif.position().latitude()).isCloseTo(-33.8688, within(1e-6));
		assertThat(exif.position().longitude()).isCloseTo(-70.6693, within(1e-6));
	}

	@Test
	void aPhotoWithOnlyATimeHasNoPosition() {
		PhotoExif exif = PhotoExif.parse(ExifJpeg.photo().takenAt(TAKEN).bytes());

		assertThat(exif.takenAt()).isEqualTo(TAKEN);
		assertThat(exif.position()).isNull();
	}

	@Test
	void aJpegWithoutExifSaysNothing() {
		byte[] plain = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1,
				0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9 };

		assertThat(PhotoExif.parse(plain).isEmpty()).isTrue();
		assertThat(PhotoExif.parse(new byte[0]).isEmpty()).isTrue();
		assertThat(PhotoExif.parse("not a jpeg".getBytes()).isEmpty()).isTrue();
	}

	@Test
	void truncatedOrCorruptExifSaysNothingInsteadOfFailing() {
		byte[] jpeg = ExifJpeg.photo().takenAt(TAKEN).at(28.81, 79.03).bytes();
		for (int cut = 0; cut < jpeg.length; cut++) {
			PhotoExif.parse(Arrays.copyOf(jpeg, cut)); // must not throw
		}
		byte[] corrupt = jpeg.clone();
		// the IFD0 offset (bytes 4-7 of the TIFF header, after FFD8, the APP1 header and "Exif\0\0")
		corrupt[2 + 4 + 6 + 4] = (byte) 0xF0;
		// A broken pointer: the reader either finds nothing or, recovering, only what is really there.
		PhotoExif read = PhotoExif.parse(corrupt);
		PhotoExif whole = PhotoExif.parse(jpeg);
		assertThat(read.takenAt()).isIn(null, whole.takenAt());
		assertThat(read.position()).isIn(null, whole.position());
	}

	@Test
	void anUnsetCameraClockIsNoTime() {
		byte[] jpeg = ExifJpeg.photo().takenAt(TAKEN).bytes();
		String text = new String(jpeg, java.nio.charset.StandardCharsets.ISO_8859_1)
			.replace("2026:11:20 14:05:30", "    :  :     :  :  ");
		assertThat(PhotoExif.parse(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).takenAt()).isNull();
	}
}
