package org.samadhan.jurisdiction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.samadhan.jurisdiction.internal.ChangeLog;
import org.samadhan.jurisdiction.internal.SignInFailureRepository;
import org.samadhan.jurisdiction.internal.SignInFailureRepository.Row;
import org.samadhan.shared.ThrottledException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wrong passwords slow sign-in down, then lock it for a while: per account (the username as
 * typed, whether or not it exists, so that the answers never tell which usernames do) and per
 * address (so that one address trying many usernames is stopped too, with higher limits because
 * a police station's officers may share one address). The counts are rows in the database, so
 * every instance behind the load balancer sees the same ones.
 * <p>
 * After {@code slow-after} wrong passwords the next attempt waits {@code first-delay}, doubling
 * with each further one up to {@code max-delay}; after {@code lock-after} it waits
 * {@code lock-duration}, and the lock is written to the record of administration. A waiting
 * attempt is refused without looking at the password, even the right one; it is not counted. A
 * count is forgotten {@code window} after its latest attempt; the right password clears the
 * account's count, an administrator's unlock too.
 * <p>
 * An attempt is counted as wrong <em>before</em> its password is checked ({@link #admit}), under
 * a row lock, and taken back if it was right ({@link Attempt#succeeded}): fifty attempts sent at
 * once cannot all slip in before the first of them is counted.
 * <p>
 * On one instance the attempts at one account are settled one after another (a lock per account,
 * striped, held from {@link #admit} until the attempt is settled): otherwise a client's eight
 * calls at once with the right password would count as eight wrong ones in flight, and the fourth
 * would be refused. Across instances, at most one attempt per instance is in flight at a time.
 */
@Service
public class SignInThrottle {

	static final String ACCOUNT = "ACCOUNT";

	static final String ADDRESS = "ADDRESS";

	private final SignInFailureRepository failures;

	private final ChangeLog log;

	private final Jurisdiction jurisdiction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final Policy policy;

	private volatile Instant forgottenAt = Instant.EPOCH;

	/** How long an attempt waits for the one before it at the same account, before it is refused. */
	private static final long QUEUE_SECONDS = 30;

	/** Attempts at one account on this instance, one at a time; accounts share a stripe by hash. */
	private final ReentrantLock[] accounts = new ReentrantLock[256];

	{
		for (int i = 0; i < accounts.length; i++) {
			accounts[i] = new ReentrantLock();
		}
	}

	SignInThrottle(SignInFailureRepository failures, ChangeLog log, Jurisdiction jurisdiction,
			PlatformTransactionManager transactions, Clock clock,
			@Value("${samadhan.security.sign-in.account.slow-after:3}") int accountSlowAfter,
			@Value("${samadhan.security.sign-in.account.lock-after:10}") int accountLockAfter,
			@Value("${samadhan.security.sign-in.address.slow-after:30}") int addressSlowAfter,
			@Value("${samadhan.security.sign-in.address.lock-after:100}") int addressLockAfter,
			@Value("${samadhan.security.sign-in.first-delay:PT1S}") Duration firstDelay,
			@Value("${samadhan.security.sign-in.max-delay:PT1M}") Duration maxDelay,
			@Value("${samadhan.security.sign-in.lock-duration:PT15M}") Duration lockDuration,
			@Value("${samadhan.security.sign-in.window:PT1H}") Duration window) {
		this.failures = failures;
		this.log = log;
		this.jurisdiction = jurisdiction;
		// The counts are kept whatever becomes of the caller's transaction: a wrong password stays
		// counted when the change it was meant to authorise is refused.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.policy = new Policy(new Limits(accountSlowAfter, accountLockAfter),
				new Limits(addressSlowAfter, addressLockAfter), firstDelay, maxDelay, lockDuration, window);
	}

	/**
	 * Lets one attempt at a password for {@code username} from {@code address} go ahead, counted as
	 * wrong until it is settled; or refuses it with the time to wait.
	 *
	 * @throws ThrottledException {@code sign-in.slowed}, {@code sign-in.locked} or
	 *         {@code sign-in.address-locked}, with the wait
	 */
	public Attempt admit(String username, String address) {
		String account = accountKey(username);
		String from = addressKey(address);
		ReentrantLock turn = accounts[Math.floorMod(account.hashCode(), accounts.length)];
		try {
			if (!turn.tryLock(QUEUE_SECONDS, TimeUnit.SECONDS)) {
				throw new ThrottledException("sign-in.slowed", Duration.ofSeconds(1), 1);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ThrottledException("sign-in.slowed", Duration.ofSeconds(1), 1);
		}
		try {
			Instant now = now();
			forgetOldCounts(now);
			Attempt attempt = admitCounted(account, from, now);
			attempt.turn = turn;
			return attempt;
		}
		catch (RuntimeException refused) {
			turn.unlock();
			throw refused;
		}
	}

	private Attempt admitCounted(String account, String from, Instant now) {
		for (int tries = 1;; tries++) {
			try {
				return ownTransaction.execute(status -> admit(account, from, now));
			}
			catch (DuplicateKeyException raced) {
				// Another attempt inserted the first row of this account or address a moment ago;
				// the next try finds it and waits for its lock.
				if (tries == 3) {
					throw raced;
				}
			}
		}
	}

	private Attempt admit(String account, String address, Instant now) {
		Optional<Row> accountRow = failures.lock(ACCOUNT, account);
		Optional<Row> addressRow = address == null ? Optional.empty() : failures.lock(ADDRESS, address);
		int accountCount = policy.current(accountRow, now);
		int addressCount = policy.current(addressRow, now);
		Duration accountWait = policy.remaining(accountRow, policy.account(), now);
		Duration addressWait = policy.remaining(addressRow, policy.address(), now);
		if (!accountWait.isZero() || !addressWait.isZero()) {
			throw refusal(accountWait, accountCount >= policy.account().lockAfter(), addressWait,
					addressCount >= policy.address().lockAfter());
		}
		count(ACCOUNT, account, accountRow, accountCount + 1, now, address);
		if (address != null) {
			count(ADDRESS, address, addressRow, addressCount + 1, now, address);
		}
		return new Attempt(account, address, accountCount + 1, addressCount + 1, now);
	}

	private void count(String kind, String subject, Optional<Row> row, int count, Instant now, String address) {
		if (row.isPresent()) {
			failures.update(kind, subject, count, now, address);
		}
		else {
			failures.insert(kind, subject, count, now, address);
		}
	}

	private ThrottledException refusal(Duration accountWait, boolean accountLocked, Duration addressWait,
			boolean addressLocked) {
		boolean byAccount = accountWait.compareTo(addressWait) >= 0;
		Duration wait = byAccount ? accountWait : addressWait;
		Duration retryAfter = Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000));
		if (byAccount ? accountLocked : addressLocked) {
			return new ThrottledException(byAccount ? "sign-in.locked" : "sign-in.address-locked", retryAfter,
					Math.max(1, (retryAfter.toSeconds() + 59) / 60));
		}
		return new ThrottledException("sign-in.slowed", retryAfter, retryAfter.toSeconds());
	}

	/**
	 * One admitted attempt, to be settled once: {@link #succeeded}, {@link #failed}, or, if neither
	 * could be reached, {@link #close} (it then stays counted as wrong). Use it in a
	 * try-with-resources block: the next attempt at the account on this instance waits for it.
	 */
	public final class Attempt implements AutoCloseable {

		private ReentrantLock turn;

		private final String account;

		private final String address;

		private final int accountCount;

		private final int addressCount;

		private final Instant at;

		private Attempt(String account, String address, int accountCount, int addressCount, Instant at) {
			this.account = account;
			this.address = address;
			this.accountCount = accountCount;
			this.addressCount = addressCount;
			this.at = at;
		}

		/** The right password: the account's count is cleared, and the address's takes this attempt back. */
		public void succeeded() {
			try {
				ownTransaction.executeWithoutResult(status -> {
					failures.delete(ACCOUNT, account);
					if (address != null) {
						failures.uncount(ADDRESS, address);
					}
				});
			}
			finally {
				close();
			}
		}

		/** Lets the next attempt at the account go ahead; settling calls it, and a second call does nothing. */
		@Override
		public void close() {
			ReentrantLock held = turn;
			turn = null;
			if (held != null && held.isHeldByCurrentThread()) {
				held.unlock();
			}
		}

		/** A wrong password (it is counted already); the attempt that starts a lock records it. */
		public void failed() {
			try {
				recordLocks();
			}
			finally {
				close();
			}
		}

		private void recordLocks() {
			boolean accountLocked = accountCount >= policy.account().lockAfter();
			boolean addressLocked = address != null && addressCount >= policy.address().lockAfter();
			if (!accountLocked && !addressLocked) {
				return;
			}
			ownTransaction.executeWithoutResult(status -> {
				Instant until = at.plus(policy.lockDuration());
				if (accountLocked) {
					recordAccountLock(account, address, accountCount, until);
				}
				if (addressLocked) {
					log.record(Actor.system(), AdminAction.ACCOUNT_LOCKED, null, null, null,
							"address " + address + " locked until " + until + " after " + addressCount
									+ " wrong passwords from it within " + policy.window(),
							now());
				}
			});
		}
	}

	private void recordAccountLock(String account, String address, int count, Instant until) {
		Officer officer = jurisdiction.findOfficerByUsername(account).orElse(null);
		Unit posting = officer == null ? null : officer.posting();
		log.record(Actor.system(), AdminAction.ACCOUNT_LOCKED, posting == null ? null : posting.districtId(),
				posting == null ? null : posting.id(), officer == null ? null : officer.id(),
				(officer == null ? "unknown username " : "") + account + " locked until " + until + " after " + count
						+ " wrong passwords within " + policy.window() + "; the latest from "
						+ (address == null ? "an unknown address" : address),
				now());
	}

	// ---------------------------------------------------------------- what administrators see and do

	/** An account's or address's count as it stands: wrong passwords, and until when it waits. */
	public record Standing(String kind, String subject, int failures, Instant lastAttemptAt, String lastAddress,
			Instant waitsUntil, boolean locked) {
	}

	/** The account's standing, if it has wrong passwords still remembered. */
	public Optional<Standing> accountStanding(String username) {
		Instant now = now();
		return failures.find(ACCOUNT, accountKey(username))
			.filter(row -> policy.current(Optional.of(row), now) > 0)
			.map(row -> standing(row, policy.account(), now));
	}

	/** Every account and address locked now, the most recent first. */
	public List<Standing> locks() {
		Instant now = now();
		Instant since = now.minus(policy.lockDuration());
		List<Standing> locks = new ArrayList<>();
		failures.atLeast(ACCOUNT, policy.account().lockAfter(), since)
			.forEach(row -> locks.add(standing(row, policy.account(), now)));
		failures.atLeast(ADDRESS, policy.address().lockAfter(), since)
			.forEach(row -> locks.add(standing(row, policy.address(), now)));
		locks.removeIf(standing -> !standing.locked());
		return locks;
	}

	private Standing standing(Row row, Limits limits, Instant now) {
		int count = policy.current(Optional.of(row), now);
		Duration left = policy.remaining(Optional.of(row), limits, now);
		boolean waits = !left.isZero();
		return new Standing(row.kind(), row.subject(), count, row.lastAttemptAt(), row.lastAddress(),
				waits ? now.plus(left) : null, waits && count >= limits.lockAfter());
	}

	/** Clears an account's count (an administrator unlocked it, or its officer set a new password). */
	public boolean clearAccount(String username) {
		return Boolean.TRUE.equals(ownTransaction.execute(status -> failures.delete(ACCOUNT, accountKey(username))));
	}

	/** Clears an address's count (a state administrator lifted its lock). */
	public boolean clearAddress(String address) {
		String key = addressKey(address);
		return key != null && Boolean.TRUE.equals(ownTransaction.execute(status -> failures.delete(ADDRESS, key)));
	}

	// ---------------------------------------------------------------- the rule

	/** How many wrong passwords start the slow-down, and how many the lock. */
	record Limits(int slowAfter, int lockAfter) {

		Limits {
			if (slowAfter < 1 || lockAfter < slowAfter) {
				throw new IllegalArgumentException("sign-in limits need 1 <= slow-after <= lock-after");
			}
		}
	}

	/** The arithmetic of waiting, kept apart from the database so that it can be read and tested alone. */
	record Policy(Limits account, Limits address, Duration firstDelay, Duration maxDelay, Duration lockDuration,
			Duration window) {

		Policy {
			if (window.compareTo(lockDuration) < 0 || window.compareTo(maxDelay) < 0) {
				throw new IllegalArgumentException(
						"samadhan.security.sign-in.window must be at least the lock duration and the longest delay");
			}
		}

		/** The wait a count imposes after its latest attempt. */
		Duration wait(int failures, Limits limits) {
			if (failures >= limits.lockAfter()) {
				return lockDuration;
			}
			if (failures < limits.slowAfter()) {
				return Duration.ZERO;
			}
			int doublings = Math.min(failures - limits.slowAfter(), 30);
			Duration delay = firstDelay.multipliedBy(1L << doublings);
			return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
		}

		/**
		 * The count still remembered: none once the window has passed since the latest attempt, and
		 * none if the latest attempt is stamped further in the future than a lock lasts. Such a stamp
		 * comes from a clock that was wrong (an instance's, before it was corrected); kept, it would
		 * make the account wait until that time comes, longer than any rule says.
		 */
		int current(Optional<Row> row, Instant now) {
			return row.filter(r -> r.lastAttemptAt().plus(window).isAfter(now))
				.filter(r -> !r.lastAttemptAt().isAfter(now.plus(lockDuration)))
				.map(Row::failures)
				.orElse(0);
		}

		/** How long an attempt must still wait. */
		Duration remaining(Optional<Row> row, Limits limits, Instant now) {
			int count = current(row, now);
			if (count == 0) {
				return Duration.ZERO;
			}
			Duration wait = wait(count, limits);
			Duration left = Duration.between(now, row.get().lastAttemptAt().plus(wait));
			// Never longer than the rule's wait, whatever another instance's clock stamped.
			return left.isNegative() ? Duration.ZERO : left.compareTo(wait) > 0 ? wait : left;
		}
	}

	/** Usernames count in lower case: {@code IO.Kotwali.1} is tried against the count of {@code io.kotwali.1}. */
	static String accountKey(String username) {
		String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return key.length() > 100 ? key.substring(0, 100) : key;
	}

	private static String addressKey(String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String key = address.strip();
		return key.length() > 64 ? key.substring(0, 64) : key;
	}

	/** Counts older than the window are deleted now and then (once a minute per instance at most). */
	private void forgetOldCounts(Instant now) {
		if (forgottenAt.plus(Duration.ofMinutes(1)).isBefore(now)) {
			forgottenAt = now;
			ownTransaction.executeWithoutResult(status -> failures.forgetBefore(now.minus(policy.window())));
		}
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
