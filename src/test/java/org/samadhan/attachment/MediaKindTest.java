package org.samadhan.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class MediaKindTest {

	@Test
	void recognisesEachKindByItsLeadingBytes() {
		assertThat(MediaKind.detect(head(SampleFiles.jpeg(100)))).contains(MediaKind.JPEG);
		assertThat(MediaKind.detect(head(SampleFiles.png(100)))).contains(MediaKind.PNG);
		assertThat(MediaKind.detect(head(SampleFiles.webp(100)))).contains(MediaKind.WEBP);
		assertThat(MediaKind.detect(head(SampleFiles.pdf(100)))).contains(MediaKind.PDF);
	}

	@Test
	void recognisesAJpegOfThreeBytes() {
		assertThat(MediaKind.detect(HexFormat.of().parseHex("FFD8FF"))).contains(MediaKind.JPEG);
	}

	@Test
	void takesARiffFileForWebpOnlyWithTheWebpMarkerAfterItsLength() {
		byte[] wave = "RIFF\u0024\u0008\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1);

		assertThat(MediaKind.detect(wave)).isEmpty();
	}

	@Test
	void recognisesNothingInTextOrInTooFewBytes() {
		assertThat(MediaKind.detect("Respected sir, I".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(MediaKind.detect(HexFormat.of().parseHex("FFD8"))).isEmpty();
		assertThat(MediaKind.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(MediaKind.detect(new byte[0])).isEmpty();
	}

	@Test
	void readsTheKindAFileNameClaimsWhateverItsCase() {
		assertThat(MediaKind.named("IMG_0042.JPG")).contains(MediaKind.JPEG);
		assertThat(MediaKind.named("photo.jpeg")).contains(MediaKind.JPEG);
		assertThat(MediaKind.named("screen.Png")).contains(MediaKind.PNG);
		assertThat(MediaKind.named("chat.webp")).contains(MediaKind.WEBP);
		assertThat(MediaKind.named("fir.copy.pdf")).contains(MediaKind.PDF);
	}

	@Test
	void readsNoKindFromANameWithoutAKnownExtension() {
		assertThat(MediaKind.named("scan")).isEmpty();
		assertThat(MediaKind.named("notes.txt")).isEmpty();
		assertThat(MediaKind.named("photo.jpg.")).isEmpty();
		assertThat(MediaKind.named(null)).isEmpty();
	}

	@Test
	void namesTheMediaTypeToSendEachKindWith() {
		assertThat(MediaKind.JPEG.mediaType()).isEqualTo("image/jpeg");
		assertThat(MediaKind.PNG.mediaType()).isEqualTo("image/png");
		assertThat(MediaKind.WEBP.mediaType()).isEqualTo("image/webp");
		assertThat(MediaKind.PDF.mediaType()).isEqualTo("application/pdf");
	}

	private static byte[] head(byte[] file) {
		return Arrays.copyOf(file, MediaKind.SIGNATURE_LENGTH);
	}
}
