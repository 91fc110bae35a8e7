package org.samadhan.attachment;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload on its way to the blob store: counts and digests (SHA-256) every byte that passes
 * and fails the read that goes past the size limit, so that an oversized file is refused while
 * it streams, without ever being held in memory or stored whole.
 */
class UploadStream extends FilterInputStream {

	private final long limit;

	private final MessageDigest digest;

	private long count;

	private boolean exceeded;

	UploadStream(InputStream content, long limit) {
		super(content);
		this.limit = limit;
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			passed(new byte[] { (byte) b }, 0, 1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			passed(buffer, offset, n);
		}
		return n;
	}

	/** Reads through what is skipped: a skipped byte must still be counted and digested. */
	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[(int) Math.min(n, 8192)];
		long skipped = 0;
		while (skipped < n) {
			int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public synchronized void mark(int readlimit) {
	}

	@Override
	public synchronized void reset() throws IOException {
		throw new IOException("an upload is read once");
	}

	/**
	 * Leaves the caller's stream open: it belongs to whoever received the upload, and a blob store
	 * closing what it was handed must not close that.
	 */
	@Override
	public void close() {
	}

	private void passed(byte[] bytes, int offset, int length) throws IOException {
		count += length;
		if (count > limit) {
			exceeded = true;
			throw new TooLarge(limit);
		}
		digest.update(bytes, offset, length);
	}

	/** Whether more bytes arrived than the limit allows; then the upload must be refused. */
	boolean exceeded() {
		return exceeded;
	}

	/** The bytes read so far. */
	long count() {
		return count;
	}

	/** The SHA-256 of all the bytes, in lower-case hex; call once, after the last read. */
	String sha256() {
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Stops whoever copies the stream. An {@link IOException} because that is what a reader
	 * expects from a stream; the refusal itself is decided from {@link #exceeded()}, whatever a
	 * blob store wraps this in.
	 */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("upload exceeds " + limit + " bytes");
		}
	}
}
