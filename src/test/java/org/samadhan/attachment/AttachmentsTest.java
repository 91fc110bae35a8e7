package org.samadhan.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Stores files the way the application does, against the real attachment migration on H2 in
 * PostgreSQL mode and a file-system blob store in a temporary directory.
 */
class AttachmentsTest {

	private static final long COMPLAINT = 1;

	private static final long OTHER_COMPLAINT = 2;

	private static final long OFFICER = 7;

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:15:30.123456789Z"),
			ZoneId.of("Asia/Kolkata"));

	@TempDir
	Path directory;

	private DataSource dataSource;

	private JdbcClient jdbc;

	private FileSystemBlobStore blobs;

	@BeforeEach
	void createSchema() throws IOException {
		dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
		jdbc = JdbcClient.create(dataSource);
		// only what the attachment table refers to; those modules own the real tables
		jdbc.sql("create table complaint (id bigint primary key)").update();
		jdbc.sql("create table jurisdiction_officer (id bigint primary key)").update();
		try (InputStream migration = getClass()
			.getResourceAsStream("/db/migration/common/V202611280005__attachment_schema.sql")) {
			for (String statement : new String(migration.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
				if (!statement.isBlank()) {
					jdbc.sql(statement).update();
				}
			}
		}
		jdbc.sql("insert into complaint (id) values (?), (?)").params(COMPLAINT, OTHER_COMPLAINT).update();
		jdbc.sql("insert into jurisdiction_officer (id) values (?)").param(OFFICER).update();
		blobs = new FileSystemBlobStore(directory.resolve("attachments").toString());
	}

	@AfterEach
	void dropDatabase() {
		jdbc.sql("shutdown").update();
	}

	@Test
	void refusesAnImageRenamedPdf() {
		assertRefused(() -> attachments().store(COMPLAINT, AttachmentPurpose.COMPLAINT_DOCUMENT, "letter.pdf",
				stream(SampleFiles.jpeg(4000)), OFFICER), "attachment.type-mismatch", "JPEG", "PDF");
		assertNothingLeftBehind();
	}

	@Test
	void refusesAFileOneByteOverTheLimitAndLeavesNothingBehind() {
		Attachments attachments = attachments(DataSize.ofKilobytes(1));

		assertRefused(() -> attachments.store(COMPLAINT, AttachmentPurpose.VISIT_PHOTO, "site.png",
				stream(SampleFiles.png(1025)), OFFICER), "attachment.too-large", "1 KB");
		assertNothingLeftBehind();
	}

	@Test
	void storesAFileExactlyAtTheLimit() {
		Attachments attachments = attachments(DataSize.ofKilobytes(1));

		StoredAttachment stored = attachments.store(COMPLAINT, AttachmentPurpose.VISIT_PHOTO, "site.png",
				stream(SampleFiles.png(1024)), OFFICER);

		assertThat(stored.sizeBytes()).isEqualTo(1024);
		assertThat(attachments.ofComplaint(COMPLAINT)).containsExactly(stored);
		assertThat(files()).hasSize(1);
	}

	@Test
	void readsBackTheStoredBytesUnchangedWithTheirSha256() throws Exception {
		Attachments attachments = attachments();
		byte[] scan = SampleFiles.pdf(3_000_000);

		StoredAttachment stored = attachments.store(COMPLAINT, AttachmentPurpose.STATEMENT_SCAN, "statement.pdf",
				stream(scan), OFFICER);

		try (InputStream in = attachments.open(attachments.find(COMPLAINT, stored.id()))) {
			assertThat(in.readAllBytes()).isEqualTo(scan);
		}
		assertThat(stored.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan)));
	}

	@Test
	void refusesAPdfAsAVisitPhoto() {
		assertRefused(() -> attachments().store(COMPLAINT, AttachmentPurpose.VISIT_PHOTO, "site.pdf",
				stream(SampleFiles.pdf(4000)), OFFICER), "attachment.type-not-allowed", "JPEG, PNG, WEBP");
		assertNothingLeftBehind();
	}

	@Test
	void refusesAnEmptyFile() {
		assertRefused(() -> attachments().store(COMPLAINT, AttachmentPurpose.COMPLAINT_DOCUMENT, "letter.pdf",
				stream(new byte[0]), null), "attachment.empty");
		assertNothingLeftBehind();
	}

	@Test
	void refusesAFileOfNoKindItKnowsWhateverItsName() {
		byte[] text = "Respected sir, my neighbour ...".getBytes(StandardCharsets.UTF_8);

		assertRefused(() -> attachments().store(COMPLAINT, AttachmentPurpose.COMPLAINT_DOCUMENT, "letter.pdf",
				stream(text), null), "attachment.type-not-allowed", "JPEG, PNG, WEBP, PDF");
		assertNothingLeftBehind();
	}

	@Test
	void takesAFileWhoseNameClaimsNoKindOrItsOwn() {
		Attachments attachments = attachments();

		for (String name : new String[] { "IMG_0042.JPEG", "photo.jpg", "scan", "whatsapp image.txt", null }) {
			attachments.store(COMPLAINT, AttachmentPurpose.VISIT_PHOTO, name, stream(SampleFiles.jpeg(500)), OFFICER);
		}

		assertThat(attachments.ofComplaint(COMPLAINT)).hasSize(5)
			.allSatisfy(a -> assertThat(a.mediaType()).isEqualTo("image/jpeg"));
	}

	@Test
	void recordsWhatWasStoredForWhomByWhomAndWhen() {
		Attachments attachments = attachments();

		StoredAttachment stored = attachments.store(COMPLAINT, AttachmentPurpose.CLOSURE_EVIDENCE,
				"C:\\Users\\hc\\Desktop\\settlement.webp", stream(SampleFiles.webp(2048)), OFFICER);

		assertThat(stored.complaintId()).isEqualTo(COMPLAINT);
		assertThat(stored.purpose()).isEqualTo(AttachmentPurpose.CLOSURE_EVIDENCE);
		assertThat(stored.mediaType()).isEqualTo("image/webp");
		assertThat(stored.sizeBytes()).isEqualTo(2048);
		assertThat(stored.originalName()).isEqualTo("settlement.webp");
		assertThat(stored.uploadedBy()).isEqualTo(OFFICER);
		assertThat(stored.uploadedAt()).isEqualTo(CLOCK.instant().truncatedTo(ChronoUnit.MICROS));
		assertThat(attachments.find(COMPLAINT, stored.id())).isEqualTo(stored);
	}

	@Test
	void listsOnlyTheComplaintsOwnAttachmentsOldestFirst() {
		StoredAttachment first = attachments(Clock.offset(CLOCK, Duration.ofMinutes(-5)))
			.store(COMPLAINT, AttachmentPurpose.COMPLAINT_DOCUMENT, "a.pdf", stream(SampleFiles.pdf(100)), null);
		StoredAttachment second = attachments().store(COMPLAINT, AttachmentPurpose.VISIT_PHOTO, "b.png",
				stream(SampleFiles.png(100)), OFFICER);
		attachments().store(OTHER_COMPLAINT, AttachmentPurpose.VISIT_PHOTO, "c.png", stream(SampleFiles.png(100)),
				OFFICER);

		assertThat(attachments().ofComplaint(COMPLAINT)).containsExactly(first, second);
	}

	@Test
	void findsNoAttachmentThroughAnotherComplaint() {
		Attachments attachments = attachments();
		StoredAttachment stored = attachments.store(COMPLAINT, AttachmentPurpose.VISIT_PHOTO, "site.jpg",
				stream(SampleFiles.jpeg(100)), OFFICER);

		assertThatThrownBy(() -> attachments.find(OTHER_COMPLAINT, stored.id()))
			.isInstanceOfSatisfying(NotFoundException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("attachment.not-found"));
		assertThatThrownBy(() -> attachments.find(COMPLAINT, UUID.randomUUID().toString()))
			.isInstanceOf(NotFoundException.class);
		StoredAttachment forged = new StoredAttachment(stored.id(), OTHER_COMPLAINT, stored.purpose(),
				stored.mediaType(), stored.sizeBytes(), stored.sha256(), stored.originalName(), stored.uploadedBy(),
				stored.uploadedAt());
		assertThatThrownBy(() -> attachments.open(forged)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void deletesTheBlobWhenTheRowCannotBeWritten() {
		long noSuchComplaint = 999;

		assertThatThrownBy(() -> attachments().store(noSuchComplaint, AttachmentPurpose.VISIT_PHOTO, "site.jpg",
				stream(SampleFiles.jpeg(5000)), OFFICER))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertNothingLeftBehind();
	}

	@Test
	void deletesTheBlobWhenTheTransactionAroundTheStoreRollsBack() {
		Attachments attachments = attachments();

		transactions().executeWithoutResult(tx -> {
			attachments.store(COMPLAINT, AttachmentPurpose.VISIT_PHOTO, "site.jpg", stream(SampleFiles.jpeg(5000)),
					OFFICER);
			assertThat(files()).hasSize(1);
			tx.setRollbackOnly();
		});

		assertNothingLeftBehind();
	}

	@Test
	void keepsTheBlobWhenTheTransactionAroundTheStoreCommits() {
		Attachments attachments = attachments();

		StoredAttachment stored = transactions().execute(tx -> attachments.store(COMPLAINT,
				AttachmentPurpose.VISIT_PHOTO, "site.jpg", stream(SampleFiles.jpeg(5000)), OFFICER));

		assertThat(attachments.ofComplaint(COMPLAINT)).containsExactly(stored);
		assertThat(files()).hasSize(1);
	}

	@Test
	void deletesTheBlobWhenTheUploadBreaksOff() {
		InputStream breaksOff = new SequenceInputStream(stream(SampleFiles.pdf(30_000)), new InputStream() {
			@Override
			public int read() throws IOException {
				throw new IOException("connection reset");
			}
		});

		assertThatThrownBy(() -> attachments().store(COMPLAINT, AttachmentPurpose.STATEMENT_SCAN, "statement.pdf",
				breaksOff, OFFICER))
			.isInstanceOf(UncheckedIOException.class);
		assertNothingLeftBehind();
	}

	@Test
	void leavesTheCallersStreamOpen() throws IOException {
		boolean[] closed = { false };
		InputStream upload = new ByteArrayInputStream(SampleFiles.jpeg(100)) {
			@Override
			public void close() {
				closed[0] = true;
			}
		};

		attachments().store(COMPLAINT, AttachmentPurpose.VISIT_PHOTO, "site.jpg", upload, OFFICER);

		assertThat(closed[0]).isFalse();
	}

	@Test
	void keepsOnlyTheNameOfAFileNotTheFoldersItCameFrom() {
		assertThat(Attachments.displayName("C:\\Users\\hc\\Desktop\\fir.pdf")).isEqualTo("fir.pdf");
		assertThat(Attachments.displayName("/home/hc/site photo.jpg")).isEqualTo("site photo.jpg");
		assertThat(Attachments.displayName("  ")).isNull();
		assertThat(Attachments.displayName(null)).isNull();
	}

	@Test
	void shortensALongNameToItsColumnKeepingTheExtension() {
		String name = Attachments.displayName("शिकायत".repeat(60) + ".pdf");

		assertThat(name).hasSize(255).endsWith(".pdf");
	}

	private Attachments attachments() {
		return attachments(DataSize.ofMegabytes(10));
	}

	private Attachments attachments(DataSize maxSize) {
		return new Attachments(jdbc, blobs, CLOCK, maxSize);
	}

	private Attachments attachments(Clock clock) {
		return new Attachments(jdbc, blobs, clock, DataSize.ofMegabytes(10));
	}

	private TransactionTemplate transactions() {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	private static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	private static void assertRefused(ThrowingCallable store, String messageKey,
			Object... arguments) {
		assertThatThrownBy(store).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
			assertThat(ex.field()).isEqualTo("file");
			assertThat(ex.messageKey()).isEqualTo(messageKey);
			assertThat(ex.arguments()).containsExactly(arguments);
		});
	}

	private void assertNothingLeftBehind() {
		assertThat(files()).isEmpty();
		assertThat(jdbc.sql("select count(*) from attachment").query(Long.class).single()).isZero();
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
