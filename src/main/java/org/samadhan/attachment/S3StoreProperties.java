package org.samadhan.attachment;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the S3 store keeps attachments ({@code samadhan.attachments.s3.*}), read only when
 * {@code samadhan.attachments.store=s3}.
 *
 * @param endpoint the service's address for an S3-compatible store other than Amazon's (MinIO,
 * s3proxy, Ceph); none for Amazon S3
 * @param region the region, such as {@code ap-south-1}; none to take it from the SDK's chain
 * ({@code AWS_REGION}, the profile); any value will do for most S3-compatible stores
 * @param bucket the bucket, which must exist
 * @param accessKey with {@code secretKey}, the credentials; none to take them from the SDK's chain
 * (environment, profile, the instance's or the container's role)
 * @param pathStyle {@code true} to address the bucket in the path rather than the host name, as
 * MinIO and s3proxy usually need
 * @param prefix put before every key, such as {@code attachments/}, when the bucket holds more
 */
@ConfigurationProperties("samadhan.attachments.s3")
record S3StoreProperties(URI endpoint, String region, String bucket, String accessKey, String secretKey,
		@DefaultValue("false") boolean pathStyle, @DefaultValue("") String prefix) {

	boolean hasCredentials() {
		return accessKey != null && !accessKey.isBlank();
	}

	/** Without the secret key, which must reach no log or error page. */
	@Override
	public String toString() {
		return "S3StoreProperties[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey="
				+ accessKey + ", secretKey=" + (secretKey == null ? null : "(hidden)") + ", pathStyle=" + pathStyle
				+ ", prefix=" + prefix + "]";
	}
}
