package org.samadhan.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samadhan.support.Api;
import org.samadhan.support.NewOfficers;
import org.samadhan.support.PageClient;
import org.samadhan.support.SharedDatabaseInstances;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * A database with no administrator for the name given at start-up gets one: a state administrator
 * with no password, whose one-time setup goes to the log and by SMS, once, however many instances
 * start with the same properties.
 */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdministratorTest {

	@Test
	void theFirstAdministratorIsCreatedOnceAndSetsAPasswordWithTheLinkWrittenToTheLog(CapturedOutput output) {
		String username = "admin.first." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		String mobile = "6" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
		Map<String, String> properties = Map.of("samadhan.bootstrap-admin.username", username,
				"samadhan.bootstrap-admin.name-en", "First Administrator", "samadhan.bootstrap-admin.mobile", mobile);
		try (SharedDatabaseInstances instances = new SharedDatabaseInstances()) {
			ConfigurableApplicationContext first = instances.start(properties);
			Api api = Api.at(port(first));
			String announced = "The first administrator " + username + " was created";
			assertThat(output.getAll()).containsOnlyOnce(announced);
			Matcher link = Pattern.compile("/account/setup/([A-Za-z0-9_-]{22})").matcher(output.getAll());
			assertThat(link.find()).isTrue();

			JsonNode found = api.as("admin.up").get("/api/admin/officers?q=" + username).json();
			assertThat(found).hasSize(1);
			JsonNode officer = found.get(0);
			assertThat(officer.get("postingCode").asString()).isEqualTo("UP");
			assertThat(officer.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
			assertThat(officer.get("status").asString()).isEqualTo("ACTIVE");
			long id = officer.get("id").asLong();
			assertThat(NewOfficers.latestSetupSms(api, mobile)).contains("/account/setup/" + link.group(1));

			ConfigurableApplicationContext second = instances.start(properties);
			assertThat(output.getAll()).containsOnlyOnce(announced);
			assertThat(api.as("admin.up").get("/api/admin/officers?q=" + username).json()).hasSize(1);

			NewOfficers.setPassword(new PageClient(port(second)),
					new NewOfficers.Created(id, username, mobile, link.group(1), null, null), "state keeps every district");
			Api admin = Api.at(port(second)).as(username, "state keeps every district");
			assertThat(admin.get("/api/admin/districts").status()).isEqualTo(200);
			assertThat(admin.get("/api/admin/changes?officer=" + id).json().findValuesAsString("actorName"))
				.contains("Samadhan (start-up)");
		}
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}
}
