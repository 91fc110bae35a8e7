package org.samadhan.support;

import static org.samadhan.support.Story.expect;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * Officers a test creates for itself through the administrators' API, so that transferring,
 * suspending or deactivating them touches no demo officer another test class relies on (on
 * PostgreSQL the whole suite shares one database). They sign in with the demo password, which is
 * written straight into the database: how an officer sets their own password is the accounts'
 * tests' story, not these.
 */
public final class Staff {

	private static final String HASH = new BCryptPasswordEncoder().encode("demo-only");

	private final Api api;

	private final JdbcClient jdbc;

	public Staff(Api api, JdbcClient jdbc) {
		this.api = api;
		this.jdbc = jdbc;
	}

	/** A new officer posted at {@code unitCode} with these roles by {@code admin}; answers the officer. */
	public Member create(String admin, String unitCode, String... roles) {
		String username = "t" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36) + "."
				+ roles[0].toLowerCase();
		Map<String, Object> body = Map.of("username", username, "nameEn", "Test officer " + username, "nameHi",
				"परीक्षा अधिकारी " + username, "rank", "Sub-Inspector", "mobile", Story.freshMobile(), "posting",
				Map.of("unitCode", unitCode, "roles", List.of(roles), "from", today().toString()));
		JsonNode created = expect(api.as(admin).post("/api/admin/officers", body), 201).json();
		long id = created.get("id").asLong();
		jdbc.sql("update jurisdiction_officer set password_hash = ? where id = ?").params(HASH, id).update();
		return new Member(id, username);
	}

	/**
	 * A police station of the test's own under a circle, with two beats ({@code <code>_HALKA_1} and
	 * {@code _2}), so that moving its officers touches no other test's. Answers its code.
	 */
	public String station(String admin, String circle) {
		String code = "RAMPUR_T" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
			.toUpperCase();
		expect(api.as(admin).post("/api/admin/units", Map.of("kind", "STATION", "parentCode", circle, "code", code,
				"nameEn", "Test station " + code, "nameHi", "परीक्षा थाना " + code)), 201);
		for (int beat = 1; beat <= 2; beat++) {
			expect(api.as(admin).post("/api/admin/units", Map.of("kind", "BEAT", "parentCode", code, "code",
					code + "_HALKA_" + beat, "nameEn", "Beat " + beat, "nameHi", "हल्का " + beat)), 201);
		}
		return code;
	}

	/** The officer's current version, as an administrator reads it before a change. */
	public int version(String admin, long officerId) {
		return expect(api.as(admin).get("/api/admin/officers/" + officerId), 200).json().get("officer").get("version")
			.asInt();
	}

	/** Posts (transfers) the officer, reading their version first. */
	public Api.Response transfer(String admin, long officerId, String unitCode, String... roles) {
		return api.as(admin).post("/api/admin/officers/" + officerId + "/postings", Map.of("unitCode", unitCode, "roles",
				List.of(roles), "from", today().toString(), "orderRef", "Transfer order " + officerId, "version",
				version(admin, officerId)));
	}

	public Api.Response suspend(String admin, long officerId) {
		return api.as(admin).post("/api/admin/officers/" + officerId + "/suspend",
				Map.of("reason", "Suspended pending an enquiry", "orderRef", "SP order 1", "version",
						version(admin, officerId)));
	}

	public Api.Response deactivate(String admin, long officerId) {
		return api.as(admin).post("/api/admin/officers/" + officerId + "/deactivate",
				Map.of("reason", "Retired", "version", version(admin, officerId)));
	}

	public static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Kolkata"));
	}

	/** An officer a test made: their id and username (password {@code demo-only}). */
	public record Member(long id, String username) {
	}
}
