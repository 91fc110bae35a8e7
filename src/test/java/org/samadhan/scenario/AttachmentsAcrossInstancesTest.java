package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.S3Server;
import org.samadhan.support.SharedDatabaseInstances;
import org.samadhan.support.Story;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Two instances on one database and one S3 store (s3proxy), as behind a load balancer: a file
 * taken by one is handed out, byte for byte, by the other. Each instance is given a file system
 * folder of its own, which must stay empty: with the file store, the second could not find the
 * first one's files.
 */
class AttachmentsAcrossInstancesTest {

	static final S3Server s3 = S3Server.start();

	static final SharedDatabaseInstances instances = new SharedDatabaseInstances();

	static final Path folderOfFirst = Path.of("target/test-attachments/" + UUID.randomUUID());

	static final Path folderOfSecond = Path.of("target/test-attachments/" + UUID.randomUUID());

	static Api first;

	static Api second;

	@BeforeAll
	static void startTwo() {
		first = api(instances.start(properties(folderOfFirst)));
		second = api(instances.start(properties(folderOfSecond)));
	}

	@AfterAll
	static void stop() {
		instances.close();
		s3.close();
	}

	static Map<String, String> properties(Path folder) {
		Map<String, String> properties = new HashMap<>(s3.properties());
		properties.put("samadhan.attachments.directory", folder.toString());
		return properties;
	}

	static Api api(ConfigurableApplicationContext instance) {
		return Api.at(((WebServerApplicationContext) instance).getWebServer().getPort());
	}

	@Test
	void aDocumentFiledWithTheComplaintOnOneInstanceIsDownloadedWholeFromTheOther() {
		byte[] document = AttachmentScenarioTest.jpegOf(200_000);
		Api.Response receipt = expect(first.anonymous().postComplaintWithFile("/api/public/complaints",
				Story.complaint(Story.freshMobile(), "THEFT"), "fir-copy.jpg", document), 201);
		String attachments = "/api/complaints/" + receipt.field("reference") + "/attachments";

		JsonNode listed = expect(second.as(Story.CELL).get(attachments), 200).json();
		String id = listed.get(0).get("id").asString();

		assertThat(second.as(Story.CELL).download(attachments + "/" + id)).isEqualTo(document);
		assertThat(s3.objects()).contains(id);
		assertThat(folderOfFirst).doesNotExist();
		assertThat(folderOfSecond).doesNotExist();
	}

	@Test
	void aSitePhotoUploadedOnOneInstanceIsDownloadedWholeFromTheOtherAndARefusalLeavesNoObject() {
		String reference = new Story(first).assigned("THEFT");
		String attachments = "/api/complaints/" + reference + "/attachments";
		byte[] photo = AttachmentScenarioTest.jpegOf(50_000);
		String id = expect(first.as(Story.IO).upload(attachments, "मौका.jpg", photo), 201).field("id");

		assertThat(second.as(Story.SHO).download(attachments + "/" + id)).isEqualTo(photo);

		int objects = s3.objects().size();
		assertThat(second.as(Story.IO).upload(attachments, "letter.pdf", photo).status()).isEqualTo(400);
		assertThat(s3.objects()).hasSize(objects);
		assertThat(Files.exists(folderOfFirst) || Files.exists(folderOfSecond)).isFalse();
	}
}
