package org.samadhan.support;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Puts a test's hand between the application and its connection pool: every connection the
 * application asks for goes through {@link #connect}. Declare it as a static {@code @Bean} of a
 * test configuration. The pool stays a {@link HikariDataSource} (a subclass of it), so that what
 * Spring Boot derives from it still works: Flyway's own pool, when it migrates as another user,
 * is built from the application's pool's type and settings.
 */
public abstract class DataSourceWrapper implements BeanPostProcessor {

	/** Where a connection comes from: the pool's own getConnection. */
	@FunctionalInterface
	protected interface Pool {

		Connection connection() throws SQLException;
	}

	/** A connection from the pool, or a failure, as the test wants it. */
	protected abstract Connection connect(Pool pool) throws SQLException;

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof HikariDataSource pool && "dataSource".equals(name) && !(bean instanceof Hooked)) {
			HikariConfig config = new HikariConfig();
			pool.copyStateTo(config);
			pool.close();
			Hooked hooked = new Hooked(config);
			hooked.hook = this;
			return hooked;
		}
		return bean;
	}

	/** The application's pool with the test's hand in it (none in a copy Spring Boot derives from it). */
	public static class Hooked extends HikariDataSource {

		private volatile DataSourceWrapper hook;

		public Hooked() {
		}

		Hooked(HikariConfig config) {
			super(config);
		}

		@Override
		public Connection getConnection() throws SQLException {
			DataSourceWrapper wrapper = hook;
			return wrapper == null ? super.getConnection() : wrapper.connect(super::getConnection);
		}
	}
}
