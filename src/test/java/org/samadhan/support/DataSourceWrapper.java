package org.samadhan.support;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Puts a test's hand between the application and its connection pool: every connection the
 * application asks for goes through {@link #connect}. Declare it as a static {@code @Bean} of a
 * test configuration.
 */
public abstract class DataSourceWrapper implements BeanPostProcessor {

	/** A connection from the pool (by {@code pool}), or a failure, as the test wants it. */
	protected abstract Connection connect(DataSource pool) throws SQLException;

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (bean instanceof DataSource source && "dataSource".equals(name)) {
			return new DelegatingDataSource(source) {
				@Override
				public Connection getConnection() throws SQLException {
					return connect(source);
				}
			};
		}
		return bean;
	}
}
