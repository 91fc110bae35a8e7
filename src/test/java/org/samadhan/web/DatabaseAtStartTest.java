package org.samadhan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samadhan.SamadhanApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Started with its database down, Samadhan says why in one line at the top, not at the bottom of
 * a 131-line trace; with samadhan.database.wait it keeps trying first (issue 9, item 9).
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseAtStartTest {

	/** Nothing listens on port 1. */
	private static final String DOWN = "jdbc:postgresql://127.0.0.1:1/samadhan";

	@Test
	void aDatabaseThatIsDownIsNamedInOneLineWithWhatToDoAndNoStackTrace(CapturedOutput output) {
		SpringApplication application = new SpringApplication(SamadhanApplication.class);
		assertThatThrownBy(() -> application.run("--spring.datasource.url=" + DOWN, "--server.port=0"))
			.isInstanceOf(DatabaseAtStart.DatabaseUnreachableException.class);
		assertThat(output.getOut() + output.getErr())
			.contains("Samadhan cannot reach its database at " + DOWN + ": Connection to 127.0.0.1:1 refused")
			.contains("SAMADHAN_DATABASE_WAIT")
			.doesNotContain("\tat org.postgresql");
	}

	@Test
	void withAWaitItTriesAgainUntilTheWaitIsOver() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", DOWN, "samadhan.database.wait", "3s")));
		long start = System.nanoTime();
		assertThatThrownBy(() -> DatabaseAtStart.check(environment))
			.isInstanceOf(DatabaseAtStart.DatabaseUnreachableException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
	}

	@Test
	void thePasswordAnAddressCarriesIsNeverShown() {
		assertThat(DatabaseAtStart.DatabaseUnreachableException
			.withoutPassword("jdbc:postgresql://db:5432/samadhan?user=app&password=s3cret&ssl=true"))
			.isEqualTo("jdbc:postgresql://db:5432/samadhan?user=app&password=***&ssl=true");
	}

	@Test
	void anEmbeddedDatabaseIsNotChecked() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", "jdbc:h2:mem:x")));
		DatabaseAtStart.check(environment);
	}
}
