package org.samadhan.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} promises, run against each one: the bytes back as they went in, a
 * key written once, nothing left by a failed upload, and the same exceptions for the same
 * failures, so that {@link Attachments} need not know which store it has.
 */
abstract class BlobStoreContract {

	final String key = UUID.randomUUID().toString();

	/** The store under test, empty at the start of each test. */
	abstract BlobStore store();

	/** Everything the store keeps, whether finished or not: blobs and whatever it writes on the way. */
	abstract List<String> leftovers();

	@Test
	void returnsTheBytesExactlyAsStored() throws IOException {
		byte[] photo = SampleFiles.jpeg(300_000);

		store().put(key, new ByteArrayInputStream(photo));

		try (InputStream in = store().open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(photo);
		}
		assertThat(leftovers()).hasSize(1);
	}

	@Test
	void neverReplacesABlobAlreadyStoredUnderTheKey() throws IOException {
		byte[] first = SampleFiles.pdf(2_000);
		store().put(key, new ByteArrayInputStream(first));

		assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(SampleFiles.png(3_000))))
			.isInstanceOf(UncheckedIOException.class)
			.hasCauseInstanceOf(FileAlreadyExistsException.class);

		try (InputStream in = store().open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(first);
		}
		assertThat(leftovers()).hasSize(1);
	}

	@Test
	void deletesABlobAndShrugsAtOneThatIsNotThere() {
		store().put(key, new ByteArrayInputStream(SampleFiles.pdf(100)));

		store().delete(key);
		store().delete(key);

		assertThat(leftovers()).isEmpty();
		assertThatThrownBy(() -> store().open(key)).isInstanceOf(UncheckedIOException.class)
			.hasCauseInstanceOf(NoSuchFileException.class);
	}

	@Test
	void leavesNothingWhenTheContentBreaksOff() {
		InputStream breaksOff = new InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				if (sent++ >= 20_000) {
					throw new IOException("connection reset");
				}
				return 7;
			}
		};

		assertThatThrownBy(() -> store().put(key, breaksOff)).isInstanceOf(UncheckedIOException.class);
		assertThat(leftovers()).isEmpty();
		assertThatThrownBy(() -> store().open(key)).isInstanceOf(UncheckedIOException.class);
	}

	@Test
	void leavesNothingWhenTheContentFailsUnchecked() {
		InputStream fails = new InputStream() {
			private int sent;

			@Override
			public int read() {
				if (sent++ >= 20_000) {
					throw new IllegalStateException("request cancelled");
				}
				return 7;
			}
		};

		assertThatThrownBy(() -> store().put(key, fails)).isInstanceOf(IllegalStateException.class);
		assertThat(leftovers()).isEmpty();
	}
}
