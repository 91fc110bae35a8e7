package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.MovableClock;
import org.samadhan.support.NewOfficers;
import org.samadhan.support.PageClient;
import org.samadhan.support.SamadhanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

/**
 * Wrong passwords slow sign-in down, then lock the account for a while (default limits: a wait
 * after 3, doubling, a lock of 15 minutes after 10); while it waits even the right password is
 * refused; afterwards, or once an administrator unlocks it, the rightful officer signs in. Each
 * test locks an officer it created itself: on PostgreSQL the suite shares one database.
 */
@SamadhanTest
@Import(MovableClock.Config.class)
class SignInThrottlingTest {

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	static final String PASSWORD = "tractor monsoon ladder 42";

	NewOfficers.Created officerWithPassword() {
		NewOfficers.Created officer = NewOfficers.create(Api.at(port));
		NewOfficers.setPassword(new PageClient(port), officer, PASSWORD);
		return officer;
	}

	@Test
	void wrongPasswordsOverTheApiSlowDownThenLockAndTheRightOneWorksOnlyOnceTheLockRunsOut() {
		NewOfficers.Created officer = officerWithPassword();
		Api wrong = Api.at(port).as(officer.username(), "not the password");
		Api right = Api.at(port).as(officer.username(), PASSWORD);
		for (int i = 0; i < 3; i++) {
			assertThat(wrong.get("/api/me").status()).isEqualTo(401);
		}
		// The fourth comes too soon: refused without a look at the password, even the right one.
		Api.Response slowed = wrong.get("/api/me");
		assertThat(slowed.status()).isEqualTo(429);
		assertThat(slowed.header("Retry-After")).isEqualTo("1");
		assertThat(slowed.field("code")).isEqualTo("sign-in.slowed");
		assertThat(slowed.field("detail")).isEqualTo("Too many wrong passwords. Try again in 1 seconds.");
		Api.Response inHindi = right.inHindi().get("/api/me");
		assertThat(inHindi.status()).isEqualTo(429);
		assertThat(inHindi.field("detail")).isEqualTo("बहुत बार गलत पासवर्ड। 1 सेकंड बाद फिर प्रयास करें।");

		// Each wrong password doubles the wait (1, 2, 4 … 60 s); the tenth locks the account.
		List<Long> waits = new ArrayList<>();
		Api.Response answer = slowed;
		for (int failures = 3; failures < 10; failures++) {
			long wait = Long.parseLong(answer.header("Retry-After"));
			waits.add(wait);
			clock.advance(Duration.ofSeconds(wait));
			assertThat(wrong.get("/api/me").status()).isEqualTo(401);
			answer = wrong.get("/api/me");
			assertThat(answer.status()).isEqualTo(429);
		}
		assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
		assertThat(answer.field("code")).isEqualTo("sign-in.locked");
		assertThat(answer.header("Retry-After")).isEqualTo("900");
		assertThat(answer.field("detail")).contains("locked for 15 minutes");
		assertThat(right.get("/api/me").status()).isEqualTo(429);

		// Administrators see the lock: in the record (once), in the list, on the officer.
		Api admin = Api.at(port).as("admin.rampur");
		List<JsonNode> locked = changes(admin, officer.id(), "ACCOUNT_LOCKED");
		assertThat(locked).hasSize(1);
		assertThat(locked.get(0).get("details").asString()).contains(officer.username(), "10 wrong passwords",
				"127.0.0.1");
		JsonNode lock = lockOf(admin, officer.username());
		assertThat(lock).isNotNull();
		assertThat(lock.get("kind").asString()).isEqualTo("ACCOUNT");
		assertThat(lock.get("officerId").asLong()).isEqualTo(officer.id());
		assertThat(lock.get("failures").asInt()).isEqualTo(10);
		assertThat(Instant.parse(lock.get("lockedUntil").asString())).isAfter(clock.instant().plusSeconds(800));
		JsonNode account = admin.get("/api/admin/officers/" + officer.id() + "/account").json();
		assertThat(account.get("locked").asBoolean()).isTrue();
		assertThat(account.get("failures").asInt()).isEqualTo(10);
		assertThat(account.get("lastAddress").asString()).isEqualTo("127.0.0.1");

		clock.advance(Duration.ofMinutes(14));
		assertThat(right.get("/api/me").status()).isEqualTo(429);
		clock.advance(Duration.ofMinutes(1));
		assertThat(right.get("/api/me").status()).isEqualTo(200);
		assertThat(lockOf(admin, officer.username())).isNull();
		assertThat(admin.get("/api/admin/officers/" + officer.id() + "/account").json().get("failures").asInt())
			.isZero();
	}

	@Test
	void onTheSignInFormTheOfficerIsToldHowLongToWaitAndAnAdministratorsUnlockLetsThemInAtOnce() {
		NewOfficers.Created officer = officerWithPassword();
		PageClient browser = new PageClient(port);
		browser.get("/login?lang=en");
		for (int i = 0; i < 3; i++) {
			assertThat(browser.signIn(officer.username(), "not the password")).endsWith("/login?error");
		}
		String sentTo = browser.signIn(officer.username(), PASSWORD);
		assertThat(sentTo).endsWith("/login?wait=1");
		assertThat(text(browser, sentTo)).contains("Too many wrong passwords. Try again in 1 seconds.");
		for (int failures = 3; failures < 10; failures++) {
			clock.advance(Duration.ofMinutes(1));
			assertThat(browser.signIn(officer.username(), "not the password")).endsWith("/login?error");
		}
		sentTo = browser.signIn(officer.username(), PASSWORD);
		assertThat(sentTo).endsWith("/login?locked=15");
		assertThat(text(browser, sentTo)).contains("sign-in to this account is locked for 15 minutes");
		browser.get("/login?lang=hi");
		assertThat(text(browser, sentTo)).contains("इस खाते में साइन-इन 15 मिनट के लिए बंद है");

		Api admin = Api.at(port).as("admin.rampur");
		Api.Response unlocked = admin.post("/api/admin/officers/" + officer.id() + "/unlock", "");
		assertThat(unlocked.status()).as(unlocked.text()).isEqualTo(200);
		assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
		assertThat(changes(admin, officer.id(), "ACCOUNT_UNLOCKED")).singleElement()
			.satisfies(change -> assertThat(change.get("actorName").asString()).isNotBlank());
		assertThat(browser.signIn(officer.username(), PASSWORD)).endsWith("/home");
		assertThat(admin.post("/api/admin/officers/" + officer.id() + "/unlock", "").status()).isEqualTo(409);
	}

	@Test
	void anUnknownUsernameIsSlowedDownExactlyAsAKnownOne() {
		Api unknown = Api.at(port).as("no.such.officer." + System.nanoTime(), "not the password");
		for (int i = 0; i < 3; i++) {
			assertThat(unknown.get("/api/me").status()).isEqualTo(401);
		}
		Api.Response slowed = unknown.get("/api/me");
		assertThat(slowed.status()).isEqualTo(429);
		assertThat(slowed.field("code")).isEqualTo("sign-in.slowed");
	}

	@Test
	void aClientThatAlreadyProvedItsPasswordGoesOnWhileSomeoneElseGuessesAtTheAccount() {
		NewOfficers.Created officer = officerWithPassword();
		Api rightful = Api.at(port).as(officer.username(), PASSWORD);
		assertThat(rightful.get("/api/me").status()).isEqualTo(200);
		lock(Api.at(port).as(officer.username(), "guess"));
		// Its password is remembered as verified (VerifiedPasswords, 5 minutes): like an open session.
		assertThat(rightful.get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void manyCallsAtOnceWithTheRightPasswordAreNeverTakenForGuessing() throws Exception {
		NewOfficers.Created officer = officerWithPassword();
		Api rightful = Api.at(port).as(officer.username(), PASSWORD);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return rightful.get("/api/me").status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> call : calls) {
				statuses.add(call.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnly(200);
		}
		finally {
			pool.shutdownNow();
		}
		// And guessing is still counted: three wrong passwords, then a wait.
		Api wrong = Api.at(port).as(officer.username(), "not the password");
		for (int i = 0; i < 3; i++) {
			assertThat(wrong.get("/api/me").status()).isEqualTo(401);
		}
		assertThat(wrong.get("/api/me").status()).isEqualTo(429);
	}

	@Test
	void aDistrictAdministratorSeesAndUnlocksOnlyTheOfficersOfTheDistrict() {
		NewOfficers.Created officer = officerWithPassword();
		lock(Api.at(port).as(officer.username(), "guess"));
		assertThat(lockOf(Api.at(port).as("admin.up"), officer.username())).isNotNull();
		assertThat(Api.at(port).as("sho.kotwali").get("/api/admin/locks").status()).isEqualTo(403);
		assertThat(Api.at(port).as("sho.kotwali").post("/api/admin/officers/" + officer.id() + "/unlock", "").status())
			.isEqualTo(403);
		assertThat(Api.at(port).as("admin.up").post("/api/admin/officers/" + officer.id() + "/unlock", "").status())
			.isEqualTo(200);
	}

	/** Guesses as fast as the account lets, until it is locked (2 minutes by the clock). */
	void lock(Api guesser) {
		for (int i = 0; i < 30; i++) {
			Api.Response answer = guesser.get("/api/me");
			if (answer.status() == 429) {
				if ("sign-in.locked".equals(answer.field("code"))) {
					return;
				}
				clock.advance(Duration.ofSeconds(Long.parseLong(answer.header("Retry-After"))));
			}
		}
		throw new AssertionError("the account was never locked");
	}

	private String text(PageClient browser, String location) {
		String path = location.substring(location.indexOf("/login"));
		return Jsoup.parse(browser.get(path).body()).select("main").text();
	}

	static List<JsonNode> changes(Api admin, long officerId, String action) {
		Api.Response changes = admin.get("/api/admin/changes?officer=" + officerId);
		assertThat(changes.status()).as(changes.text()).isEqualTo(200);
		List<JsonNode> found = new ArrayList<>();
		changes.json().forEach(change -> {
			if (action.equals(change.get("action").asString())) {
				found.add(change);
			}
		});
		return found;
	}

	static JsonNode lockOf(Api admin, String subject) {
		Api.Response locks = admin.get("/api/admin/locks");
		assertThat(locks.status()).as(locks.text()).isEqualTo(200);
		for (JsonNode lock : locks.json()) {
			if (subject.equals(lock.get("subject").asString())) {
				return lock;
			}
		}
		return null;
	}
}
