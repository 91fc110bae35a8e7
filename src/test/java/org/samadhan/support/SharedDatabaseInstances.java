package org.samadhan.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.samadhan.SamadhanApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Several instances of Samadhan (application contexts) on ONE database, as in production behind a
 * load balancer: the PostgreSQL database {@code SPRING_DATASOURCE_URL} names, or else a named
 * in-memory H2 database that outlives its connections. Each instance runs the test profile with
 * its own {@link MovableClock}; the properties given win over the profile's (they are passed as
 * command-line arguments), except the database, which the environment names when it does.
 * (Test configurations stay out of the component scan: spring-boot-test registers its exclude
 * filter with every application it finds on the class path.)
 */
public final class SharedDatabaseInstances implements AutoCloseable {

	private final String h2Url = "jdbc:h2:mem:shared-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1";

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	/**
	 * Starts one more instance, a web application on a free port (one at a time: the first migrates
	 * the database, the next finds it done).
	 */
	public ConfigurableApplicationContext start(Map<String, String> properties) {
		return start(properties, new Class<?>[0]);
	}

	/** Starts one more instance with configuration classes of the test's own (beans that replace the app's). */
	public ConfigurableApplicationContext start(Map<String, String> properties, Class<?>... configurations) {
		List<String> args = new ArrayList<>();
		if (System.getenv("SPRING_DATASOURCE_URL") == null) {
			args.add("--spring.datasource.url=" + h2Url);
		}
		args.add("--server.port=0");
		properties.forEach((name, value) -> args.add("--" + name + "=" + value));
		List<Class<?>> sources = new ArrayList<>(List.of(SamadhanApplication.class, MovableClock.Config.class));
		sources.addAll(List.of(configurations));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
			.profiles("test")
			.web(WebApplicationType.SERVLET)
			.run(args.toArray(String[]::new));
		started.add(context);
		return context;
	}

	@Override
	public void close() {
		started.forEach(ConfigurableApplicationContext::close);
		started.clear();
	}
}
