package org.samadhan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starting Samadhan: the embedded database keeps its data across a restart, and a start outside
 * demo mode refuses to run while demo accounts (with their published password) are active.
 * These start the application on H2 files of their own, whatever database the suite runs on.
 */
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+",
		disabledReason = "starts its own embedded H2 databases; the PostgreSQL run covers the rest")
class StartupTest {

	@Test
	void keepsComplaintsAcrossARestartOfTheEmbeddedDatabase() {
		String url = fileDatabase();
		try (ConfigurableApplicationContext first = start(url, true)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from jurisdiction_officer").query(Long.class).single()).isPositive();
			jdbc.sql("insert into intake_mobile_quota (mobile, calendar_month, used) values ('9111111111', '2026-11', 3)")
				.update();
		}
		try (ConfigurableApplicationContext second = start(url, true)) {
			assertThat(second.getBean(JdbcClient.class)
				.sql("select used from intake_mobile_quota where mobile = '9111111111'")
				.query(Integer.class)
				.single()).isEqualTo(3);
		}
	}

	@Test
	void refusesToStartOutsideDemoModeWhileDemoAccountsAreActive() {
		String url = fileDatabase();
		start(url, true).close();
		assertThatThrownBy(() -> start(url, false).close()).hasStackTraceContaining("Demo accounts");
	}

	@Test
	void refusesToStartOutsideDemoModeWithThePublishedReferenceSecret() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(SamadhanApplication.class)
			.run("--spring.datasource.url=" + fileDatabase(), "--samadhan.demo.enabled=false", "--server.port=0")
			.close()).hasStackTraceContaining("published demo secret");
	}

	@Test
	void startsOutsideDemoModeWithoutTheDemoDistrict() {
		try (ConfigurableApplicationContext production = start(fileDatabase(), false)) {
			JdbcClient jdbc = production.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from jurisdiction_officer").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from jurisdiction_unit where kind = 'DISTRICT'").query(Long.class)
				.single()).isEqualTo(75);
		}
	}

	private static String fileDatabase() {
		return "jdbc:h2:file:./target/startup-test/" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	private static ConfigurableApplicationContext start(String url, boolean demo) {
		return new SpringApplicationBuilder(SamadhanApplication.class).run("--spring.datasource.url=" + url,
				"--samadhan.demo.enabled=" + demo, "--server.port=0",
				"--samadhan.reference.secret=" + (demo ? "published-demo-secret-change-me" : "a-district-secret-of-its-own"),
				"--samadhan.attachments.directory=target/startup-test/files");
	}
}
