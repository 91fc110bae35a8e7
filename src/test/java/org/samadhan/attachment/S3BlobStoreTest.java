package org.samadhan.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samadhan.support.S3Server;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3 server (s3proxy): the contract every store keeps, the MD5 that
 * makes the server refuse bytes altered on the way, and the key prefix. Leftovers include the
 * store's temporary spool files, which must be gone too.
 */
class S3BlobStoreTest extends BlobStoreContract {

	static S3Server server;

	static S3Client client;

	@BeforeAll
	static void startServer() {
		server = S3Server.start();
		client = S3StoreConfiguration.clientBuilder(properties("")).build();
	}

	@AfterAll
	static void stopServer() {
		client.close();
		server.close();
	}

	@AfterEach
	void emptyTheBucket() {
		server.objects().forEach(name -> client.deleteObject(request -> request.bucket(server.bucket()).key(name)));
	}

	static S3StoreProperties properties(String prefix) {
		return new S3StoreProperties(server.endpoint(), S3Server.REGION, server.bucket(), S3Server.ACCESS_KEY,
				S3Server.SECRET_KEY, true, prefix);
	}

	@Override
	BlobStore store() {
		return new S3BlobStore(client, server.bucket(), "");
	}

	@Override
	List<String> leftovers() {
		List<String> all = new ArrayList<>(server.objects());
		all.addAll(spoolFiles());
		return all;
	}

	@Test
	void aStoreThatCannotBeReachedIsAwayNotAFailure() throws IOException {
		int closed;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		S3StoreProperties away = new S3StoreProperties(java.net.URI.create("http://127.0.0.1:" + closed), S3Server.REGION, server.bucket(),
				S3Server.ACCESS_KEY, S3Server.SECRET_KEY, true, "");
		try (S3Client unreachable = S3StoreConfiguration.clientBuilder(away).build()) {
			S3BlobStore store = new S3BlobStore(unreachable, server.bucket(), "");
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> store.put("away-1", new java.io.ByteArrayInputStream(new byte[] { 1, 2, 3 })))
				.isInstanceOf(org.samadhan.shared.StorageAway.class);
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.open("away-1"))
				.isInstanceOf(org.samadhan.shared.StorageAway.class);
		}
		assertThat(spoolFiles()).as("the spooled upload is gone").isEmpty();
	}

	@Test
	void keepsObjectsUnderThePrefixSoThatTheBucketMayBeShared() throws IOException {
		S3BlobStore store = new S3BlobStore(client, server.bucket(), "samadhan/attachments/");
		byte[] scan = SampleFiles.pdf(10_000);

		store.put(key, new ByteArrayInputStream(scan));

		assertThat(server.objects()).containsExactly("samadhan/attachments/" + key);
		try (InputStream in = store.open(key)) {
			assertThat(in.readAllBytes()).isEqualTo(scan);
		}
		store.delete(key);
		assertThat(server.objects()).isEmpty();
	}

	@Test
	void sendsTheMd5OfTheContentSoThatTheServerRefusesBytesAlteredOnTheWay() throws Exception {
		byte[] photo = SampleFiles.jpeg(50_000);
		AltersTheBody altered = new AltersTheBody();
		try (S3Client corrupting = S3StoreConfiguration.clientBuilder(properties(""))
			.overrideConfiguration(c -> c.addExecutionInterceptor(altered))
			.build()) {
			S3BlobStore store = new S3BlobStore(corrupting, server.bucket(), "");

			assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(photo)))
				.isInstanceOf(UncheckedIOException.class)
				.hasMessageContaining("Content-MD5");
		}

		assertThat(altered.contentMd5).isEqualTo(
				Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(photo)));
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void saysWhichBucketRefusedTheCredentialsWithoutShowingTheSecret() {
		S3StoreProperties wrong = new S3StoreProperties(server.endpoint(), S3Server.REGION, server.bucket(),
				S3Server.ACCESS_KEY, "wrong-secret-4711", true, "");
		try (S3Client refused = S3StoreConfiguration.clientBuilder(wrong).build()) {
			S3BlobStore store = new S3BlobStore(refused, server.bucket(), "");

			assertThatThrownBy(() -> store.put(key, new ByteArrayInputStream(SampleFiles.pdf(100))))
				.isInstanceOf(UncheckedIOException.class)
				.hasMessageContaining("could not store blob " + key + " in bucket " + server.bucket())
				.hasMessageNotContaining("wrong-secret-4711");
		}
		assertThat(wrong.toString()).doesNotContain("wrong-secret-4711").contains(S3Server.ACCESS_KEY);
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void refusesABlankKey() {
		assertThatThrownBy(() -> store().put(" ", new ByteArrayInputStream(new byte[1])))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(leftovers()).isEmpty();
	}

	/** Flips one byte of every request body after the store has computed its MD5, and notes that MD5. */
	static final class AltersTheBody implements ExecutionInterceptor {

		volatile String contentMd5;

		@Override
		public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context,
				ExecutionAttributes executionAttributes) {
			contentMd5 = context.httpRequest().firstMatchingHeader("Content-MD5").orElse(null);
			return context.requestBody().map(body -> {
				try (InputStream in = body.contentStreamProvider().newStream()) {
					byte[] bytes = in.readAllBytes();
					bytes[bytes.length / 2] ^= 0x01;
					return RequestBody.fromContentProvider(ContentStreamProvider.fromByteArray(bytes), bytes.length,
							"application/octet-stream");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private static List<String> spoolFiles() {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("samadhan-upload-")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
