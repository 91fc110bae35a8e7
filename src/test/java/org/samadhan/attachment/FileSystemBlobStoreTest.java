package org.samadhan.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {

	private static final String KEY = "3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6b";

	@TempDir
	Path directory;

	@Test
	void keepsEachBlobInAFolderNamedByTheFirstTwoCharactersOfItsKey() throws Exception {
		FileSystemBlobStore store = new FileSystemBlobStore(directory.resolve("attachments").toString());
		byte[] photo = SampleFiles.jpeg(5000);

		store.put(KEY, new ByteArrayInputStream(photo));

		assertThat(directory.resolve("attachments/3f/" + KEY)).hasBinaryContent(photo);
		try (InputStream in = store.open(KEY)) {
			assertThat(in.readAllBytes()).isEqualTo(photo);
		}
		assertThat(files()).hasSize(1);
	}

	@Test
	void deletesABlobAndShrugsAtOneThatIsNotThere() {
		FileSystemBlobStore store = new FileSystemBlobStore(directory.toString());
		store.put(KEY, new ByteArrayInputStream(SampleFiles.pdf(100)));

		store.delete(KEY);
		store.delete(KEY);

		assertThat(files()).isEmpty();
		assertThatThrownBy(() -> store.open(KEY)).isInstanceOf(UncheckedIOException.class);
	}

	@Test
	void refusesAKeyThatCouldNameAFileOutsideItsDirectory() {
		FileSystemBlobStore store = new FileSystemBlobStore(directory.resolve("attachments").toString());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> store.put("../../etc/passwd", new ByteArrayInputStream(new byte[1])));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open(KEY.toUpperCase()));
		assertThatIllegalArgumentException().isThrownBy(() -> store.delete("1-1-1-1-1"));
		assertThat(files()).isEmpty();
	}

	@Test
	void leavesNoTemporaryFileWhenTheContentBreaksOff() {
		FileSystemBlobStore store = new FileSystemBlobStore(directory.toString());
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

		assertThatThrownBy(() -> store.put(KEY, breaksOff)).isInstanceOf(UncheckedIOException.class);
		assertThat(files()).isEmpty();
	}

	@Test
	void leavesNoTemporaryFileWhenTheContentFailsUnchecked() {
		FileSystemBlobStore store = new FileSystemBlobStore(directory.toString());
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

		assertThatThrownBy(() -> store.put(KEY, fails)).isInstanceOf(IllegalStateException.class);
		assertThat(files()).isEmpty();
	}

	private List<Path> files() {
		try (Stream<Path> all = Files.walk(directory)) {
			return all.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
