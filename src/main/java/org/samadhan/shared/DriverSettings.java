package org.samadhan.shared;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Settings of the PostgreSQL driver that the code relies on for speed, set here rather than in
 * every deployment's JDBC address. {@code reWriteBatchedInserts}: a JDBC batch of {@code insert ...
 * values} rows (the detector's band rows, about 80 per lifecycle, the search terms, the messages)
 * goes to the server as multi-row inserts instead of one statement per row. Such a batch then
 * answers "succeeded, count unknown" for each row; code that needs to know which rows went in uses
 * {@code insert ... select ... where not exists}, which the driver leaves alone. H2 has no such
 * setting and is left as it is. Set before the pool's initialization (its address is bound by
 * then), since a pool that has started takes no more settings.
 */
@Configuration(proxyBeanMethods = false)
class DriverSettings {

	@Bean
	static BeanPostProcessor samadhanPostgresDriverSettings() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:postgresql:")
						&& !pool.getDataSourceProperties().containsKey("reWriteBatchedInserts")
						&& !pool.getJdbcUrl().contains("reWriteBatchedInserts")) {
					pool.addDataSourceProperty("reWriteBatchedInserts", "true");
				}
				return bean;
			}
		};
	}
}
