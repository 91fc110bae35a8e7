package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.DataSourceWrapper;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The database is away (every new connection refused, as when PostgreSQL is down): an officer
 * signing in, by the form or by HTTP Basic, is told so in their language (503 with Retry-After for
 * the API, a message on the sign-in page), never a 500 and never "wrong password"; a citizen's
 * filing is a 503 too; and once it is back, the same sign-in works (issue 9, item 9).
 */
@SamadhanTest
@Import(DatabaseOutageScenarioTest.Outage.class)
class DatabaseOutageScenarioTest {

	@LocalServerPort
	int port;

	@AfterEach
	void databaseBack() {
		Outage.AWAY.set(false);
	}

	@Test
	void anOfficerSigningInWhileTheDatabaseIsAwayIsToldSoAndSignsInOnceItIsBack() throws Exception {
		Api api = Api.at(port);
		Outage.AWAY.set(true);

		Api.Response basic = api.inHindi().as("sho.kotwali").get("/api/complaints");
		assertThat(basic.status()).as(basic.toString()).isEqualTo(503);
		assertThat(basic.header("Retry-After")).isEqualTo("10");
		assertThat(basic.field("code")).isEqualTo("request.database-away");
		assertThat(basic.field("detail")).contains("समाधान");

		assertThat(new PageClient(port).signIn("sho.kotwali", "demo-only")).endsWith("/login?unavailable");

		Api.Response filing = api.anonymous().post("/api/public/complaints",
				Story.complaint(Story.freshMobile(), "THEFT"));
		assertThat(filing.status()).as(filing.toString()).isEqualTo(503);

		Outage.AWAY.set(false);
		assertThat(api.as("sho.kotwali").get("/api/complaints").status()).isEqualTo(200);
		assertThat(new PageClient(port).signIn("sho.kotwali", "demo-only")).endsWith("/home");
	}

	@Test
	void theSignInPageSaysTheDatabaseIsAwayInTheOfficersLanguage() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login?unavailable"))
				.header("Accept-Language", "hi")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("समाधान अभी अपने अभिलेख तक नहीं पहुँच पा रहा");
	}

	/** Every new connection refused while {@link #AWAY} is set; the pool's idle ones are not handed out either. */
	@TestConfiguration
	static class Outage {

		static final AtomicBoolean AWAY = new AtomicBoolean();

		@Bean
		static BeanPostProcessor databaseThatCanBeAway() {
			return new DataSourceWrapper() {
				@Override
				protected Connection connect(Pool pool) throws java.sql.SQLException {
					if (AWAY.get()) {
						throw new SQLTransientConnectionException("Connection is not available (test outage)");
					}
					return pool.connection();
				}
			};
		}
	}
}
