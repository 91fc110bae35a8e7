package org.samadhan.support;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

/**
 * A real S3 server (s3proxy) on a free port of 127.0.0.1, keeping its objects in memory (jclouds'
 * transient store), with one bucket and its own credentials. What it holds is read through
 * jclouds, beside the S3 API, so a test does not check the store with the store's own client.
 */
public final class S3Server implements AutoCloseable {

	public static final String ACCESS_KEY = "samadhan-test";

	public static final String SECRET_KEY = "not-a-secret-" + UUID.randomUUID();

	public static final String REGION = "us-east-1";

	private final BlobStoreContext context;

	private final S3Proxy proxy;

	private final String bucket = "attachments-" + UUID.randomUUID();

	private S3Server() throws Exception {
		context = ContextBuilder.newBuilder("transient")
			.credentials(ACCESS_KEY, SECRET_KEY)
			.build(BlobStoreContext.class);
		proxy = S3Proxy.builder()
			.blobStore(context.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		proxy.start();
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (!"STARTED".equals(proxy.getState())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
			}
			Thread.sleep(10);
		}
		context.getBlobStore().createContainerInLocation(null, bucket);
	}

	public static S3Server start() {
		try {
			return new S3Server();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not start s3proxy", ex);
		}
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + proxy.getPort());
	}

	public String bucket() {
		return bucket;
	}

	/** The properties that point Samadhan's attachments at this server's bucket. */
	public Map<String, String> properties() {
		return Map.of("samadhan.attachments.store", "s3", "samadhan.attachments.s3.endpoint", endpoint().toString(),
				"samadhan.attachments.s3.region", REGION, "samadhan.attachments.s3.bucket", bucket,
				"samadhan.attachments.s3.access-key", ACCESS_KEY, "samadhan.attachments.s3.secret-key", SECRET_KEY,
				"samadhan.attachments.s3.path-style", "true");
	}

	/** The names of the objects in the bucket, however they got there. */
	public List<String> objects() {
		BlobStore store = context.getBlobStore();
		return store.list(bucket, ListContainerOptions.Builder.recursive())
			.stream()
			.map(StorageMetadata::getName)
			.toList();
	}

	@Override
	public void close() {
		try {
			proxy.stop();
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not stop s3proxy", ex);
		}
		finally {
			context.close();
		}
	}
}
