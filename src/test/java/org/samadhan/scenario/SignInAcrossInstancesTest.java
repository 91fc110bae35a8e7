package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.NewOfficers;
import org.samadhan.support.PageClient;
import org.samadhan.support.SharedDatabaseInstances;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Two instances behind a proxy (forwarded headers honoured) on one database: wrong passwords
 * counted on either count together, for an account and for an address. Every call here says it
 * comes from an address of this test's own (documentation ranges, only header values): on
 * PostgreSQL the suite shares one database, and 127.0.0.1 must not be locked for the other tests,
 * while these instances have low address limits (5 to slow down, 8 to lock).
 */
class SignInAcrossInstancesTest {

	static final SharedDatabaseInstances instances = new SharedDatabaseInstances();

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static final String PASSWORD = "tractor monsoon ladder 42";

	@BeforeAll
	static void startTwo() {
		Map<String, String> properties = Map.of("server.forward-headers-strategy", "framework",
				"samadhan.security.sign-in.address.slow-after", "5", "samadhan.security.sign-in.address.lock-after", "8");
		first = instances.start(properties);
		second = instances.start(properties);
		// Each instance's clock stood still from its start; they now show the same time.
		java.time.Instant now = java.time.Instant.now();
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			instance.getBean(MovableClock.class).setTo(now);
		}
	}

	@AfterAll
	static void stop() {
		instances.close();
	}

	static String someAddress(String range) {
		return range + ThreadLocalRandom.current().nextInt(1, 255);
	}

	static Api api(ConfigurableApplicationContext instance, String address) {
		return Api.at(((WebServerApplicationContext) instance).getWebServer().getPort()).from(address);
	}

	/** Both instances' clocks move together, as real ones would. */
	static void advance(Duration duration) {
		for (ConfigurableApplicationContext instance : List.of(first, second)) {
			instance.getBean(MovableClock.class).advance(duration);
		}
	}

	@Test
	void wrongPasswordsOnEitherInstanceCountTogetherForTheAccount() {
		String office = someAddress("198.51.100.");
		NewOfficers.Created officer = NewOfficers.create(api(first, office));
		PageClient browser = new PageClient(((WebServerApplicationContext) second).getWebServer().getPort())
			.from(office);
		NewOfficers.setPassword(browser, officer, PASSWORD);

		String attacker = someAddress("203.0.113.");
		Api one = api(first, attacker).as(officer.username(), "guess");
		Api two = api(second, attacker).as(officer.username(), "guess");
		assertThat(one.get("/api/me").status()).isEqualTo(401);
		assertThat(two.get("/api/me").status()).isEqualTo(401);
		assertThat(one.get("/api/me").status()).isEqualTo(401);
		Api.Response slowed = two.get("/api/me");
		assertThat(slowed.status()).isEqualTo(429);
		assertThat(slowed.field("code")).isEqualTo("sign-in.slowed");
		assertThat(api(first, office).as(officer.username(), PASSWORD).get("/api/me").status()).isEqualTo(429);

		advance(Duration.ofMinutes(2));
		assertThat(api(second, office).as(officer.username(), PASSWORD).get("/api/me").status()).isEqualTo(200);
		// The right password cleared the count on both.
		assertThat(one.get("/api/me").status()).isEqualTo(401);
		assertThat(two.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void oneAddressTryingManyUsernamesIsSlowedDownThenLockedOnBothInstances() {
		String elsewhere = someAddress("198.51.100.");
		// An officer of this test's own: the demo officers share one hash, which a sign-in of any of
		// them makes remembered for all.
		NewOfficers.Created officer = NewOfficers.create(api(first, elsewhere));
		NewOfficers.setPassword(new PageClient(((WebServerApplicationContext) first).getWebServer().getPort())
			.from(elsewhere), officer, PASSWORD);
		String attacker = someAddress("192.0.2.");
		for (int i = 0; i < 5; i++) {
			Api instance = api(i % 2 == 0 ? first : second, attacker);
			assertThat(instance.as("nobody." + i + "." + System.nanoTime(), "guess").get("/api/me").status())
				.isEqualTo(401);
		}
		Api.Response slowed = api(second, attacker).as("nobody.else." + System.nanoTime(), "guess").get("/api/me");
		assertThat(slowed.status()).isEqualTo(429);
		assertThat(slowed.field("code")).isEqualTo("sign-in.slowed");
		for (int i = 5; i < 8; i++) {
			advance(Duration.ofMinutes(1));
			Api instance = api(i % 2 == 0 ? first : second, attacker);
			assertThat(instance.as("nobody." + i + "." + System.nanoTime(), "guess").get("/api/me").status())
				.isEqualTo(401);
		}
		advance(Duration.ofMinutes(1));
		// Locked: even a right password from that address waits; elsewhere it works.
		Api.Response locked = api(first, attacker).as(officer.username(), PASSWORD).get("/api/me");
		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.field("code")).isEqualTo("sign-in.address-locked");
		assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(700L, 900L);
		assertThat(api(first, elsewhere).as(officer.username(), PASSWORD).get("/api/me").status()).isEqualTo(200);

		Api state = api(first, elsewhere).as("admin.up");
		JsonNode lock = SignInThrottlingTest.lockOf(state, attacker);
		assertThat(lock).isNotNull();
		assertThat(lock.get("kind").asString()).isEqualTo("ADDRESS");
		assertThat(lock.get("failures").asInt()).isEqualTo(8);
		assertThat(SignInThrottlingTest.lockOf(api(first, elsewhere).as("admin.rampur"), attacker)).isNotNull();
		assertThat(state.get("/api/admin/changes").text()).contains("address " + attacker + " locked");

		assertThat(api(first, elsewhere).as("admin.rampur")
			.post("/api/admin/locks/address/unlock?address=" + attacker, "")
			.status()).isEqualTo(403);
		// On the instance that has not verified the password yet: refused from that address, until a
		// state administrator lifts its lock.
		assertThat(api(second, attacker).as(officer.username(), PASSWORD).get("/api/me").status()).isEqualTo(429);
		assertThat(state.post("/api/admin/locks/address/unlock?address=" + attacker, "").status()).isEqualTo(204);
		assertThat(api(second, attacker).as(officer.username(), PASSWORD).get("/api/me").status()).isEqualTo(200);
	}
}
