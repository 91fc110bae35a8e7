package org.samadhan.jurisdiction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flywaydb.core.api.Location;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.BulkSetup;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.jurisdiction.UploadPlan;
import org.samadhan.jurisdiction.UploadedSheets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

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

	static final String SECOND_DISTRICT = "AMROHA";

	static final String SECOND_DISTRICT_UNITS = "data/demo/amroha-units.csv";

	static final String SECOND_DISTRICT_OFFICERS = "data/demo/amroha-officers.csv";

	private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

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

	/**
	 * The demo's second district, Amroha, set up at every demo start through the bulk upload of the
	 * example files ({@code data/demo/amroha-*.csv}) by the state's demo administrator, so that the
	 * path administrators use is exercised: the first start creates it, every later one finds every
	 * row unchanged. Its officers then get the demo password and the demo flag, like Rampur's.
	 */
	@Bean
	ApplicationRunner demoSecondDistrict(@Value("${samadhan.demo.enabled:false}") boolean demo, BulkSetup setup,
			Jurisdiction jurisdiction, OfficerRepository officers) {
		return args -> {
			if (!demo) {
				return;
			}
			Set<Long> state = jurisdiction.ofKind(UnitKind.STATE).stream().map(Unit::id).collect(Collectors.toSet());
			Actor admin = officers.findByPostingsAndRole(state, Role.ADMIN)
				.stream()
				.filter(OfficerRepository.OfficerRow::demoAccount)
				.findFirst()
				.flatMap(row -> jurisdiction.findOfficer(row.id()))
				.map(Officer::asActor)
				.orElse(null);
			if (admin == null) {
				log.warn("demo: no state administrator is active; the second demo district is not set up");
				return;
			}
			Map<String, UploadedSheets.Table> tables = BulkSetup.tables(null, resource(SECOND_DISTRICT_UNITS),
					resource(SECOND_DISTRICT_OFFICERS));
			UploadPlan plan;
			try {
				plan = setup.applyNow(SECOND_DISTRICT, tables, admin);
			}
			catch (BulkSetup.PlanRefused refused) {
				refused.plan().lines().stream().filter(l -> !l.faults().isEmpty()).forEach(l -> log.warn(
						"demo: {} row {} ({}) refused: {}", l.sheet(), l.row(), l.key(), l.faults()));
				log.warn("demo: {} is not set up; its example files do not fit this database", SECOND_DISTRICT);
				return;
			}
			List<String> usernames = plan.lines().stream()
				.filter(l -> BulkSetup.OFFICERS.equals(l.sheet()))
				.map(UploadPlan.Line::key)
				.toList();
			int marked = officers.makeDemoAccounts(usernames,
					new BCryptPasswordEncoder().encode(db.demo.V202611280101__demo_rampur.DEMO_PASSWORD));
			log.info("demo: {} set up from the example files ({} rows changed, {} demo accounts)", SECOND_DISTRICT,
					plan.changes(), marked);
		};
	}

	private static byte[] resource(String location) throws java.io.IOException {
		try (java.io.InputStream in = DemoDistrict.class.getClassLoader().getResourceAsStream(location)) {
			if (in == null) {
				throw new IllegalStateException("missing " + location);
			}
			return in.readAllBytes();
		}
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
