package org.samadhan.attachment;

import java.io.InputStream;

/**
 * Where the bytes of attachments live, apart from their rows, so that the file system can later
 * give way to an object store. A key is written once and never overwritten. Failures to reach
 * the storage are {@link java.io.UncheckedIOException}s.
 */
public interface BlobStore {

	/**
	 * Copies the content under the key. Either all of it is stored or, when reading or writing
	 * fails, nothing is: no partial blob and no temporary file remain. The caller closes the
	 * stream.
	 */
	void put(String key, InputStream content);

	/** The bytes stored under the key; the caller closes the stream. */
	InputStream open(String key);

	/** Removes what is stored under the key; nothing happens when nothing is. */
	void delete(String key);
}
