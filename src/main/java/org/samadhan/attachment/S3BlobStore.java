package org.samadhan.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.samadhan.shared.StorageAway;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps blobs as objects in one bucket of an S3-compatible store (Amazon S3, MinIO, Ceph, …),
 * which every instance of Samadhan reaches alike. An upload is first spooled to a private
 * temporary file, so that its length and its MD5 are known before anything is sent: a content
 * that breaks off never reaches the bucket, and the store refuses, by its {@code Content-MD5},
 * bytes that arrive other than they left. A key is written once and never replaced: the store
 * looks for the object first and creates it with {@code If-None-Match: *}, which Amazon S3 (since
 * 2024) and MinIO enforce even against a concurrent upload. S3 adds an object whole or not at all
 * and answers a PUT only once the object is stored durably, which is what {@link Attachments}
 * needs before it writes the row.
 */
class S3BlobStore implements BlobStore {

	private final S3Client s3;

	private final String bucket;

	private final String prefix;

	/**
	 * @param prefix put before every key, such as {@code attachments/}, so that the bucket may be
	 * shared; empty for none
	 */
	S3BlobStore(S3Client s3, String bucket, String prefix) {
		if (bucket == null || bucket.isBlank()) {
			throw new IllegalArgumentException("samadhan.attachments.s3.bucket names no bucket");
		}
		this.s3 = s3;
		this.bucket = bucket;
		this.prefix = prefix == null ? "" : prefix;
	}

	@Override
	public void put(String key, InputStream content) {
		String object = objectOf(key);
		Path spool = null;
		try {
			refuseExisting(key, object);
			spool = Files.createTempFile("samadhan-upload-", ".part");
			MessageDigest md5 = md5();
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(spool), md5)) {
				content.transferTo(out);
			}
			String contentMd5 = Base64.getEncoder().encodeToString(md5.digest());
			long length = Files.size(spool);
			s3.putObject(request -> request.bucket(bucket)
				.key(object)
				.contentLength(length)
				.contentMD5(contentMd5)
				.contentType("application/octet-stream")
				.ifNoneMatch("*"), RequestBody.fromFile(spool));
		}
		catch (S3Exception ex) {
			throw refusedPut(key, ex);
		}
		catch (SdkClientException ex) {
			throw new StorageAway("could not reach bucket " + bucket + " to store blob " + key + ": " + ex.getMessage(), ex);
		}
		catch (SdkException ex) {
			throw new UncheckedIOException("could not store blob " + key + " in bucket " + bucket + ": " + ex.getMessage(),
					new IOException(ex));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not spool blob " + key + " before storing it", ex);
		}
		finally {
			deleteSpool(spool);
		}
	}

	@Override
	public InputStream open(String key) {
		try {
			return s3.getObject(request -> request.bucket(bucket).key(objectOf(key)));
		}
		catch (NoSuchKeyException ex) {
			throw new UncheckedIOException("no blob " + key + " in bucket " + bucket,
					(NoSuchFileException) new NoSuchFileException(objectOf(key)).initCause(ex));
		}
		catch (SdkClientException ex) {
			throw new StorageAway("could not reach bucket " + bucket + " to open blob " + key + ": " + ex.getMessage(), ex);
		}
		catch (SdkException ex) {
			throw new UncheckedIOException("could not open blob " + key + " in bucket " + bucket + ": " + ex.getMessage(),
					new IOException(ex));
		}
	}

	@Override
	public void delete(String key) {
		try {
			// S3 answers a delete of a missing object as a success
			s3.deleteObject(request -> request.bucket(bucket).key(objectOf(key)));
		}
		catch (SdkException ex) {
			throw new UncheckedIOException("could not delete blob " + key + " in bucket " + bucket + ": " + ex.getMessage(),
					new IOException(ex));
		}
	}

	/**
	 * Not every S3-compatible store honours {@code If-None-Match} on a PUT (s3proxy 2.6 ignores it),
	 * so an existing object is looked for first. Between that look and the PUT only the condition
	 * guards, where the store honours it; keys are fresh UUIDs, so no two uploads race for one.
	 */
	private void refuseExisting(String key, String object) {
		try {
			s3.headObject(request -> request.bucket(bucket).key(object));
		}
		catch (NoSuchKeyException ex) {
			return;
		}
		throw new UncheckedIOException("blob " + key + " already exists in bucket " + bucket + " and is not replaced",
				new FileAlreadyExistsException(object));
	}

	private String objectOf(String key) {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("a blob key is not blank");
		}
		return prefix + key;
	}

	private UncheckedIOException refusedPut(String key, S3Exception ex) {
		String code = ex.awsErrorDetails() == null ? null : ex.awsErrorDetails().errorCode();
		// 412 when the key exists; 409 when another upload of the same key is under way
		if (ex.statusCode() == 412 || "ConditionalRequestConflict".equals(code)) {
			return new UncheckedIOException("blob " + key + " already exists in bucket " + bucket + " and is not replaced",
					(FileAlreadyExistsException) new FileAlreadyExistsException(objectOf(key)).initCause(ex));
		}
		if ("BadDigest".equals(code) || "InvalidDigest".equals(code)) {
			return new UncheckedIOException("blob " + key + " reached bucket " + bucket
					+ " other than it was sent (Content-MD5 differs) and was refused", new IOException(ex));
		}
		return new UncheckedIOException("could not store blob " + key + " in bucket " + bucket + ": " + ex.getMessage(),
				new IOException(ex));
	}

	private static MessageDigest md5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has MD5", ex);
		}
	}

	private static void deleteSpool(Path spool) {
		if (spool == null) {
			return;
		}
		try {
			Files.deleteIfExists(spool);
		}
		catch (IOException ex) {
			// a stray temporary file in the system's temporary folder; the upload's fate is already decided
			spool.toFile().deleteOnExit();
		}
	}
}
