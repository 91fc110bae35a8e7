package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.IO;
import static org.samadhan.support.Story.expect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Files through the API, with a 4 KB limit: judged by their bytes, kept whole, refused cleanly. */
@SamadhanTest
@TestPropertySource(properties = "samadhan.attachments.max-size=4KB")
class AttachmentScenarioTest {

	static final int LIMIT = 4 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Value("${samadhan.attachments.directory}")
	Path directory;

	Api api;

	Story story;

	String reference;

	String visitPath;

	@BeforeEach
	void aComplaintUnderEnquiryWithASiteVisit() {
		api = Api.at(port);
		story = new Story(api);
		reference = story.assigned("THEFT");
		String visit = expect(api.as(IO).post("/api/complaints/" + reference + "/visits",
				Map.of("visitedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), "latitude", 28.81,
						"longitude", 79.03)), 201).field("id");
		visitPath = "/api/complaints/" + reference + "/visits/" + visit + "/photos";
	}

	@Test
	void refusesAnImageRenamedPdf() throws IOException {
		long filesBefore = files();
		Api.Response refused = api.as(IO).upload("/api/complaints/" + reference + "/attachments", "letter.pdf",
				Story.JPEG);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
		assertThat(refused.field("detail")).contains("JPEG").contains("PDF");
		assertThat(rows()).isZero();
		assertThat(files()).isEqualTo(filesBefore);
	}

	@Test
	void refusesAnUploadOneByteOverTheLimitAndLeavesNothingBehind() throws IOException {
		long filesBefore = files();
		Api.Response refused = api.as(IO).upload(visitPath, "big.jpg", jpegOf(LIMIT + 1));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.field("detail")).contains("4 KB");
		assertThat(rows()).isZero();
		assertThat(files()).isEqualTo(filesBefore);
		expect(api.as(IO).upload(visitPath, "exact.jpg", jpegOf(LIMIT)), 201);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void returnsTheOriginalBytesWithTheirSha256() throws Exception {
		byte[] photo = jpegOf(3000);
		Api.Response stored = expect(api.as(IO).upload(visitPath, "मौका.jpg", photo), 201);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
		assertThat(stored.field("sha256")).isEqualTo(sha256);
		assertThat(stored.field("mediaType")).isEqualTo("image/jpeg");
		byte[] downloaded = api.as(Story.SHO)
			.download("/api/complaints/" + reference + "/attachments/" + stored.field("id"));
		assertThat(downloaded).isEqualTo(photo);
	}

	@Test
	void anyNameIsTakenAndKeptWithTheExtensionOfWhatTheFileIs() {
		byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();
		String attachments = "/api/complaints/" + reference + "/attachments";
		assertThat(expect(api.as(IO).upload(attachments, "report.html", pdf), 201).field("originalName"))
			.isEqualTo("report.pdf");
		assertThat(expect(api.as(IO).upload(attachments, "बिना नाम", pdf), 201).field("originalName"))
			.isEqualTo("बिना नाम.pdf");
		String longHindi = "थाना कोतवाली में दर्ज प्रार्थना पत्र की प्रति ".repeat(7) + ".pdf";
		assertThat(longHindi.length()).as("past the 145 characters that once gave 413").isGreaterThan(300);
		String kept = expect(api.as(IO).upload(attachments, longHindi, pdf), 201).field("originalName");
		assertThat(kept).endsWith(".pdf").startsWith("थाना कोतवाली");
	}

	@Test
	void refusesAPdfAsASitePhoto() {
		byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes();
		assertThat(api.as(IO).upload(visitPath, "spot.pdf", pdf).status()).isEqualTo(400);
		expect(api.as(IO).upload("/api/complaints/" + reference + "/attachments", "court-order.pdf", pdf), 201);
	}

	static byte[] jpegOf(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		bytes[2] = (byte) 0xFF;
		bytes[3] = (byte) 0xE0;
		return bytes;
	}

	private long rows() {
		return jdbc.sql("select count(*) from attachment a join complaint c on c.id = a.complaint_id where c.reference = ?")
			.param(reference)
			.query(Long.class)
			.single();
	}

	private long files() throws IOException {
		if (!Files.exists(directory)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(directory)) {
			return all.filter(Files::isRegularFile).count();
		}
	}
}
