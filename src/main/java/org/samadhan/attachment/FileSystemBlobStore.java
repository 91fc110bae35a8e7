package org.samadhan.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps blobs as files under one directory, each key (a UUID) in a folder named by its first two
 * characters so that no folder grows to hundreds of thousands of entries. A blob is written to a
 * temporary file beside the folders and moved into place only when complete, so a reader never
 * sees half a file and a failed upload leaves nothing in the folders. The file and then its folder
 * are synced to the disk before {@link #put} returns, so a row that commits after it never points
 * at bytes a power cut could lose.
 */
@Component
@ConditionalOnProperty(name = "samadhan.attachments.store", havingValue = "filesystem", matchIfMissing = true)
class FileSystemBlobStore implements BlobStore {

	private static final String TEMPORARY_SUFFIX = ".part";

	private final Path directory;

	FileSystemBlobStore(@Value("${samadhan.attachments.directory:./data/attachments}") String directory) {
		this.directory = Path.of(directory).toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, InputStream content) {
		Path target = pathOf(key);
		refuseExisting(key, target);
		Path temporary = null;
		try {
			Files.createDirectories(directory);
			temporary = Files.createTempFile(directory, "upload-", TEMPORARY_SUFFIX);
			try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.WRITE);
					OutputStream out = Channels.newOutputStream(file)) {
				content.transferTo(out);
				file.force(true);
			}
			Files.createDirectories(target.getParent());
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			syncDirectory(target.getParent());
		}
		catch (IOException ex) {
			discard(temporary, ex);
			throw new UncheckedIOException("could not store blob " + key, ex);
		}
		catch (RuntimeException | Error ex) {
			discard(temporary, ex);
			throw ex;
		}
	}

	@Override
	public InputStream open(String key) {
		Path path = pathOf(key);
		try {
			return Files.newInputStream(path);
		}
		catch (NoSuchFileException ex) {
			throw new UncheckedIOException("no blob " + key + " at " + path, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not open blob " + key, ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(pathOf(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not delete blob " + key, ex);
		}
	}

	/**
	 * A key is written once. (Checked before writing: keys are fresh UUIDs, so two uploads of one
	 * key at the same moment do not happen.)
	 */
	private static void refuseExisting(String key, Path target) {
		if (Files.exists(target)) {
			throw new UncheckedIOException("blob " + key + " already exists and is not replaced",
					new java.nio.file.FileAlreadyExistsException(target.toString()));
		}
	}

	/**
	 * Only a UUID in its canonical form names a file, so that a key can never reach outside the
	 * directory ({@code ../}) or name one file in two spellings.
	 */
	Path pathOf(String key) {
		if (!isCanonicalUuid(key)) {
			throw new IllegalArgumentException("a blob key is a UUID in lower case: " + key);
		}
		return directory.resolve(key.substring(0, 2)).resolve(key);
	}

	private static boolean isCanonicalUuid(String key) {
		try {
			return key != null && UUID.fromString(key).toString().equals(key);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Makes the move itself durable: on Linux a rename reaches the disk with its directory. Where a
	 * directory cannot be opened for syncing (Windows), the file's own sync has to do.
	 */
	private static void syncDirectory(Path folder) throws IOException {
		try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
			directory.force(true);
		}
		catch (AccessDeniedException | UnsupportedOperationException notOnThisPlatform) {
			// nothing more can be done here
		}
	}

	private static void discard(Path temporary, Throwable cause) {
		if (temporary == null) {
			return;
		}
		try {
			Files.deleteIfExists(temporary);
		}
		catch (IOException ex) {
			cause.addSuppressed(ex);
		}
	}
}
