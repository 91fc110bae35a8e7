package org.samadhan.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class UploadStreamTest {

	@Test
	void countsAndDigestsEveryBytePassingThrough() throws Exception {
		byte[] file = SampleFiles.pdf(70_000);
		UploadStream upload = new UploadStream(new ByteArrayInputStream(file), 70_000);

		upload.read();
		upload.skip(10);
		upload.transferTo(OutputStream.nullOutputStream());

		assertThat(upload.count()).isEqualTo(70_000);
		assertThat(upload.exceeded()).isFalse();
		assertThat(upload.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
	}

	@Test
	void failsTheReadThatGoesOneBytePastTheLimit() {
		UploadStream upload = new UploadStream(new ByteArrayInputStream(SampleFiles.png(1001)), 1000);

		assertThatThrownBy(() -> upload.transferTo(OutputStream.nullOutputStream()))
			.isInstanceOf(IOException.class);
		assertThat(upload.exceeded()).isTrue();
	}
}
