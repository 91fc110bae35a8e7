package org.samadhan.attachment;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3 store, chosen by {@code samadhan.attachments.store=s3} when several instances must share
 * the attachments; the file system stays the store otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "samadhan.attachments.store", havingValue = "s3")
@EnableConfigurationProperties(S3StoreProperties.class)
class S3StoreConfiguration {

	@Bean
	S3Client attachmentsS3Client(S3StoreProperties properties) {
		return clientBuilder(properties).build();
	}

	@Bean
	S3BlobStore s3BlobStore(S3Client attachmentsS3Client, S3StoreProperties properties) {
		return new S3BlobStore(attachmentsS3Client, properties.bucket(), properties.prefix());
	}

	static S3ClientBuilder clientBuilder(S3StoreProperties properties) {
		S3ClientBuilder builder = S3Client.builder()
			// the JDK's own HTTP connection: no Netty or Apache client in the application
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(60)))
			.forcePathStyle(properties.pathStyle())
			// the store sends its own Content-MD5; the SDK's newer trailing checksums (aws-chunked
			// with a trailer) are not understood by every S3-compatible store
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(properties.hasCredentials()
					? StaticCredentialsProvider.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()))
					: DefaultCredentialsProvider.builder().build());
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		if (properties.region() != null && !properties.region().isBlank()) {
			builder.region(Region.of(properties.region()));
		}
		return builder;
	}
}
