package org.samadhan.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.samadhan.shared.SqlTime;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.StorageAway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Stores and reads the files attached to complaints. A file is checked before anything is
 * written (it is not empty, its bytes are a kind the purpose accepts, its name does not claim
 * another kind) and measured while it streams to the {@link BlobStore}. The row and the blob go
 * together: the blob is stored whole and durably before the row is written, so a committed row
 * always has its bytes; when the row cannot be written, or the transaction that stored it rolls
 * back, the blob is deleted again, so a refusal or a failure leaves nothing behind (ADR 0013).
 */
@Service
@Transactional
public class Attachments {

	private static final String COLUMNS = """
			id, complaint_id, purpose, media_type, size_bytes, sha256, original_name, uploaded_by, uploaded_at""";

	/** The width of {@code attachment.original_name}. */
	private static final int NAME_LENGTH = 255;

	private final JdbcClient jdbc;

	private final BlobStore blobs;

	private final Clock clock;

	private final DataSize maxSize;

	Attachments(JdbcClient jdbc, BlobStore blobs, Clock clock,
			@Value("${samadhan.attachments.max-size:10MB}") DataSize maxSize) {
		this.jdbc = jdbc;
		this.blobs = blobs;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/**
	 * Stores a file for a complaint. Reads the content once, as it streams, and does not close
	 * it.
	 * @param originalName the name the file arrived with, used only to catch a file whose name
	 * claims another kind than its bytes are, and to show; may be {@code null}
	 * @param uploadedBy the officer uploading, or {@code null} for a citizen or a system channel
	 * @throws InvalidInputException for field {@code file} when the file is empty, too large, of a
	 * kind the purpose does not accept or named as another kind than it is; such a refusal comes
	 * before anything is written and so leaves the caller's transaction usable
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public StoredAttachment store(long complaintId, AttachmentPurpose purpose, String originalName,
			InputStream content, Long uploadedBy) {
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(content, "content");
		String name = displayName(originalName);
		byte[] head = readHead(content);
		if (head.length == 0) {
			throw refusal("attachment.empty");
		}
		MediaKind kind = MediaKind.detect(head)
			.filter(purpose::accepts)
			.orElseThrow(() -> refusal("attachment.type-not-allowed", purpose.acceptedNames()));
		MediaKind claimed = MediaKind.named(name).orElse(kind);
		if (claimed != kind) {
			throw refusal("attachment.type-mismatch", kind.name(), claimed.name());
		}
		name = displayName(withExtensionOf(name, kind));

		String id = UUID.randomUUID().toString();
		// the id doubles as the key here; the row keeps the key so that another store may choose its own
		String key = id;
		UploadStream upload = new UploadStream(rejoin(head, content), maxSize.toBytes());
		try {
			blobs.put(key, upload);
			if (upload.exceeded()) {
				// a store that swallowed the failed read; what it kept is incomplete
				throw new IllegalStateException("blob store kept a truncated upload");
			}
			StoredAttachment stored = new StoredAttachment(id, complaintId, purpose, kind.mediaType(),
					upload.count(), upload.sha256(), name, uploadedBy, clock.instant().truncatedTo(ChronoUnit.MICROS));
			insert(stored, key);
			deleteOnRollback(key);
			return stored;
		}
		catch (RuntimeException | Error ex) {
			discard(key, ex);
			if (upload.exceeded()) {
				throw refusal("attachment.too-large", readable(maxSize));
			}
			throw ex;
		}
	}

	/**
	 * The attachment of this complaint with this id.
	 * @throws NotFoundException when there is none, or it belongs to another complaint
	 */
	@Transactional(readOnly = true)
	public StoredAttachment find(long complaintId, String id) {
		return jdbc.sql("select " + COLUMNS + " from attachment where id = ? and complaint_id = ?")
			.params(id, complaintId)
			.query(Attachments::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("attachment.not-found"));
	}

	/** The complaint's attachments, oldest first. */
	@Transactional(readOnly = true)
	public List<StoredAttachment> ofComplaint(long complaintId) {
		return jdbc.sql("select " + COLUMNS + " from attachment where complaint_id = ? order by uploaded_at, id")
			.param(complaintId)
			.query(Attachments::map)
			.list();
	}

	/**
	 * The bytes of an attachment, exactly as they were stored; the caller closes the stream.
	 * @throws NotFoundException when the attachment is no longer recorded
	 * @throws StorageAway when the store cannot be reached; neither, nor a blob that cannot be read,
	 *         dooms the caller's transaction: the caller decides what a missing file means
	 */
	@Transactional(readOnly = true,
			noRollbackFor = { NotFoundException.class, StorageAway.class, UncheckedIOException.class })
	public InputStream open(StoredAttachment attachment) {
		String key = jdbc.sql("select storage_key from attachment where id = ? and complaint_id = ?")
			.params(attachment.id(), attachment.complaintId())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("attachment.not-found"));
		return blobs.open(key);
	}

	private void insert(StoredAttachment a, String key) {
		jdbc.sql("insert into attachment (" + COLUMNS + ", storage_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.complaintId(), a.purpose().name(), a.mediaType(), a.sizeBytes(), a.sha256(),
					a.originalName(), a.uploadedBy(), SqlTime.param(a.uploadedAt()), key)
			.update();
	}

	/**
	 * The row is only as durable as the transaction around it; the blob is written at once. When
	 * that transaction rolls back, the blob goes too. (When its outcome is unknown, the instance
	 * dies first or the store cannot be reached to delete, the blob stays, named by no row: a stray
	 * file is cheaper than a row whose file is gone.)
	 */
	private void deleteOnRollback(String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					blobs.delete(key);
				}
			}
		});
	}

	private void discard(String key, Throwable cause) {
		try {
			blobs.delete(key);
		}
		catch (RuntimeException ex) {
			cause.addSuppressed(ex);
		}
	}

	private static StoredAttachment map(ResultSet rs, int row) throws SQLException {
		return new StoredAttachment(rs.getString("id"), rs.getLong("complaint_id"),
				AttachmentPurpose.valueOf(rs.getString("purpose")), rs.getString("media_type"),
				rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("original_name"),
				rs.getObject("uploaded_by", Long.class), SqlTime.read(rs, "uploaded_at"));
	}

	private static byte[] readHead(InputStream content) {
		try {
			return content.readNBytes(MediaKind.SIGNATURE_LENGTH);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read the upload", ex);
		}
	}

	/** The content as it was before its head was read to tell its kind. */
	private static InputStream rejoin(byte[] head, InputStream rest) {
		PushbackInputStream content = new PushbackInputStream(rest, head.length);
		try {
			content.unread(head);
		}
		catch (IOException ex) {
			throw new IllegalStateException("the pushback buffer holds the head", ex);
		}
		return content;
	}

	/**
	 * The name ending as its kind is named: a PDF sent as {@code report.html} or {@code report} is
	 * kept and handed back as {@code report.pdf}, so that no program opens it as something else.
	 */
	static String withExtensionOf(String name, MediaKind kind) {
		if (name == null) {
			return null;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
		if (kind.extensions().contains(extension)) {
			return name;
		}
		return (dot > 0 ? name.substring(0, dot) : name) + "." + kind.extensions().get(0);
	}

	/**
	 * The name to keep: browsers on Windows used to send the whole path, and a name is shown back
	 * to people, so folders and control characters are dropped and a long name is shortened to
	 * fit its column, keeping the extension.
	 */
	static String displayName(String originalName) {
		if (originalName == null) {
			return null;
		}
		String name = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1)
			.replaceAll("\\p{Cntrl}", "")
			.strip();
		if (name.isEmpty()) {
			return null;
		}
		if (name.length() <= NAME_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
		int cut = NAME_LENGTH - extension.length();
		if (Character.isHighSurrogate(name.charAt(cut - 1))) {
			cut--;
		}
		return name.substring(0, cut) + extension;
	}

	/** The limit as a person reads it: {@code 10 MB}, {@code 512 KB} or a number of bytes. */
	private static String readable(DataSize size) {
		long bytes = size.toBytes();
		if (bytes > 0 && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes > 0 && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " B";
	}

	private static InvalidInputException refusal(String messageKey, Object... arguments) {
		return new InvalidInputException("file", messageKey, arguments);
	}
}
