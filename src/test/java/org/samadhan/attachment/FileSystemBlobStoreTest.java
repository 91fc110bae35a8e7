package org.samadhan.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

/** The file system store: the contract every store keeps, and how it lays out its folders. */
class FileSystemBlobStoreTest extends BlobStoreContract {

	private static final String KEY = "3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6b";

	@TempDir
	Path directory;

	@Override
	BlobStore store() {
		return new FileSystemBlobStore(directory.toString());
	}

	@Override
	List<String> leftovers() {
		return files().stream().map(Path::toString).toList();
	}

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
	void refusesAKeyThatCouldNameAFileOutsideItsDirectory() {
		FileSystemBlobStore store = new FileSystemBlobStore(directory.resolve("attachments").toString());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> store.put("../../etc/passwd", new ByteArrayInputStream(new byte[1])));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open(KEY.toUpperCase()));
		assertThatIllegalArgumentException().isThrownBy(() -> store.delete("1-1-1-1-1"));
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
