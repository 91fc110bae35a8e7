package org.samadhan.jurisdiction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo district, Rampur: its stations (with the circles the data leaves blank filled in and
 * marked as such), beats and demo officers for every role, whose password is public. They are
 * loaded only when {@code samadhan.demo.enabled} is true, and a start with demo mode off refuses
 * to run while any demo account is still active, so a production district never runs with a
 * published password.
 */
@Configuration(proxyBeanMethods = false)
class DemoDistrict {

	static final String DEMO_MIGRATIONS = "classpath:db/demo";

	@Bean
	FlywayConfigurationCustomizer demoDistrictMigrations(@Value("${samadhan.demo.enabled:false}") boolean demo) {
		return configuration -> {
			if (demo) {
				List<Location> locations = new ArrayList<>(Arrays.asList(configuration.getLocations()));
				locations.add(new Location(DEMO_MIGRATIONS));
				configuration.locations(locations.toArray(Location[]::new));
			}
			else {
				// A database once run in demo mode has demo migrations this start does not load (older or
				// newer than the last of the others); let Flyway pass them, so that the check below can
				// say what is wrong.
				configuration.ignoreMigrationPatterns("*:missing", "*:future");
			}
		};
	}

	@Bean
	ApplicationRunner refuseDemoAccountsOutsideDemo(@Value("${samadhan.demo.enabled:false}") boolean demo,
			OfficerRepository officers) {
		return args -> {
			if (!demo && officers.countActiveDemoAccounts() > 0) {
				throw new IllegalStateException("""
						Demo accounts with the published demo password are active in this database, but \
						samadhan.demo.enabled is false. Deactivate them (jurisdiction_officer.active = false) or \
						start in demo mode.""");
			}
		};
	}
}
