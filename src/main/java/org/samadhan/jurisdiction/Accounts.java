package org.samadhan.jurisdiction;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.samadhan.jurisdiction.AccountSetupIssued.SetupReason;
import org.samadhan.jurisdiction.internal.AccountSetupRepository;
import org.samadhan.jurisdiction.internal.AccountSetupRepository.Setup;
import org.samadhan.jurisdiction.internal.ChangeLog;
import org.samadhan.jurisdiction.internal.OfficerAccounts;
import org.samadhan.jurisdiction.internal.OfficerRepository;
import org.samadhan.jurisdiction.internal.OfficerRepository.OfficerRow;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' passwords. Nobody ever sends a password: a new officer, or one whose password an
 * administrator reset, gets a one-time link and a short code by SMS and chooses a password on the
 * page they open ({@code /account/setup/<link>}, or {@code /account/setup} with the username and
 * the code). Only hashes of the link and the code are stored; a setup works once, for
 * {@code samadhan.accounts.setup-validity}, a new one supersedes it, and five wrong codes burn it.
 * An officer changes their own password with the current one. Administrators force a reset,
 * unlock an account that wrong passwords locked, and see each account's state and the locks in
 * force, for the officers they keep ({@link Administration}'s rule). Every change is in the record
 * of administration, never a password, a link or a code.
 * <p>
 * Every check comes first: the link or code (or the current password, counted by the
 * {@link SignInThrottle} as a sign-in is), then {@link PasswordRules}; then the change is written.
 */
@Service
@Transactional
public class Accounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** 16 random bytes in URL-safe Base64 without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{22}");

	/** Eight digits, typed with the username. */
	private static final Pattern CODE = Pattern.compile("[0-9]{8}");

	/** Wrong codes that burn a setup: with eight digits, a guess in 20 million. */
	static final int CODE_TRIES = 5;

	private final OfficerRepository officers;

	private final AccountSetupRepository setups;

	private final OfficerAccounts signIns;

	private final ChangeLog log;

	private final Jurisdiction jurisdiction;

	private final Administration administration;

	private final PasswordRules rules;

	private final SignInThrottle throttle;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validity;

	/** The key of the codes' HMAC; see {@link #codeHash}. */
	private final SecretKeySpec codeKey;

	private final String publicUrl;

	Accounts(OfficerRepository officers, AccountSetupRepository setups, OfficerAccounts signIns, ChangeLog log,
			Jurisdiction jurisdiction, Administration administration, PasswordRules rules, SignInThrottle throttle,
			PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock,
			@Value("${samadhan.accounts.setup-validity:PT72H}") Duration validity,
			@Value("${samadhan.public-url:http://localhost:8080}") String publicUrl,
			@Value("${samadhan.reference.secret}") String secret) {
		this.codeKey = new SecretKeySpec(("account-setup-code:" + secret).getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
		this.officers = officers;
		this.setups = setups;
		this.signIns = signIns;
		this.log = log;
		this.jurisdiction = jurisdiction;
		this.administration = administration;
		this.rules = rules;
		this.throttle = throttle;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	// ---------------------------------------------------------------- the one-time setup

	/**
	 * A new officer has no password: their setup is issued in the transaction that creates them. One
	 * created by no officer is the first administrator, created at start-up.
	 */
	@EventListener
	void on(OfficerCreated event) {
		issueSetup(event.officerId(), event.username(), event.mobile(), event.posting(),
				event.by().isOfficer() ? SetupReason.CREATED : SetupReason.BOOTSTRAP, event.by());
	}

	/** Issues a setup for an officer as the database has them (a reset). */
	AccountSetupIssued issueSetup(long officerId, SetupReason reason, Actor by) {
		OfficerRow officer = officers.findById(officerId).orElseThrow();
		Unit posting = officer.postingUnitId() == null ? null : jurisdiction.unit(officer.postingUnitId());
		return issueSetup(officerId, officer.username(), officer.mobile(), posting, reason, by);
	}

	/**
	 * Issues a setup (superseding any open one) and has it sent ({@link AccountSetupIssued}); answers
	 * the event, whose link and code exist nowhere else.
	 */
	private AccountSetupIssued issueSetup(long officerId, String username, String mobile, Unit posting,
			SetupReason reason, Actor by) {
		Instant now = now();
		String token = randomToken();
		String code = randomCode();
		Instant expires = now.plus(validity);
		long id = setups.issue(officerId, hash(token), codeHash(username, code), reason.name(), by.officerId(), now,
				expires);
		log.record(by, AdminAction.ACCOUNT_SETUP_ISSUED, posting == null ? null : posting.districtId(),
				posting == null ? null : posting.id(), officerId,
				username + ": one-time link and code (" + reason.words() + ") sent to " + masked(mobile) + ", valid until "
						+ expires,
				now);
		AccountSetupIssued issued = new AccountSetupIssued(id, officerId, username, mobile, reason,
				publicUrl + "/account/setup/" + token, code, publicUrl + "/account/setup", expires);
		events.publishEvent(issued);
		return issued;
	}

	/** Whose setup a link opens, without using it. Any link that does not work now is "not found". */
	@Transactional(readOnly = true)
	public SetupView setup(String token) {
		Setup setup = openByToken(token);
		OfficerRow officer = officers.findById(setup.officerId()).orElseThrow();
		return new SetupView(officer.username(), officer.nameEn(), officer.nameHi(), setup.expiresAt());
	}

	/** What the setup page shows: the account the link is for and until when it works. */
	public record SetupView(String username, String nameEn, String nameHi, Instant expiresAt) {
	}

	/**
	 * Sets the password with the link (128 random bits, not worth throttling: it cannot be guessed),
	 * which is used up. The officer then signs in with it; wrong passwords counted against the
	 * account before are forgotten.
	 */
	public void setPasswordWithLink(String token, String password) {
		Setup setup = openByToken(token);
		setPassword(setup, officers.findById(setup.officerId()).orElseThrow(), password);
	}

	/**
	 * Sets the password with the username and the code of the SMS. A code is eight digits, so it is
	 * counted as a password is ({@link SignInThrottle}, per account and address) and five wrong ones
	 * burn the setup. An unknown username, a wrong code and a setup that no longer works all read
	 * "not found".
	 */
	@Transactional(noRollbackFor = NotFoundException.class)
	public void setPasswordWithCode(String username, String code, String password, String address) {
		if (username == null || username.isBlank()) {
			throw new InvalidInputException("username", "account.username.required");
		}
		if (code == null || !CODE.matcher(code.strip()).matches()) {
			throw new InvalidInputException("code", "account.setup.code-invalid");
		}
		OfficerRow officer;
		Setup setup;
		try (SignInThrottle.Attempt attempt = throttle.admit(username, address)) {
			officer = officers.findByUsername(username.strip()).orElse(null);
			setup = officer == null ? null : setups.openOf(officer.id(), CODE_TRIES, now()).orElse(null);
			if (setup == null || !MessageDigest.isEqual(setup.codeHash().getBytes(StandardCharsets.US_ASCII),
					codeHash(officer.username(), code.strip()).getBytes(StandardCharsets.US_ASCII))) {
				if (setup != null) {
					setups.countWrongCode(setup.id());
				}
				attempt.failed();
				throw new NotFoundException("account.setup.not-found");
			}
			attempt.succeeded();
		}
		setPassword(setup, officer, password);
	}

	private void setPassword(Setup setup, OfficerRow officer, String password) {
		if (officer.status() == OfficerStatus.DEACTIVATED) {
			throw new NotFoundException("account.setup.not-found");
		}
		rules.check(password, officer.username(), officer.mobile(), officer.nameEn(), officer.nameHi());
		Instant now = now();
		if (!setups.use(setup.id(), CODE_TRIES, now)) {
			throw new NotFoundException("account.setup.not-found");
		}
		officers.setPasswordHash(officer.id(), passwords.encode(password));
		signIns.forget(officer.username());
		throttle.clearAccount(officer.username());
		Unit posting = officer.postingUnitId() == null ? null : jurisdiction.unit(officer.postingUnitId());
		Actor self = new Actor(officer.id(), officer.nameEn(), officer.roles(), posting);
		log.record(self, AdminAction.PASSWORD_SET, posting == null ? null : posting.districtId(),
				posting == null ? null : posting.id(), officer.id(),
				officer.username() + " set a password with the one-time setup ("
						+ SetupReason.valueOf(setup.reason()).words() + ")", now);
	}

	private Setup openByToken(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			throw new NotFoundException("account.setup.not-found");
		}
		return setups.openByToken(hash(token), CODE_TRIES, now())
			.orElseThrow(() -> new NotFoundException("account.setup.not-found"));
	}

	// ---------------------------------------------------------------- the officer's own password

	/**
	 * The signed-in officer changes their password, giving the current one (counted as a sign-in
	 * attempt is, so that a session left open is no way to guess it). Their other sign-ins with the
	 * old password end: every request checks the password it was signed in with.
	 */
	public void changeOwnPassword(Actor actor, String currentPassword, String newPassword, String address) {
		if (!actor.isOfficer()) {
			throw new ForbiddenActionException("auth.forbidden");
		}
		OfficerRow officer = officers.findById(actor.officerId()).orElseThrow();
		if (currentPassword == null || currentPassword.isEmpty()) {
			throw new InvalidInputException("currentPassword", "password.current.required");
		}
		try (SignInThrottle.Attempt attempt = throttle.admit(officer.username(), address)) {
			if (!passwords.matches(currentPassword, officer.passwordHash())) {
				attempt.failed();
				throw new InvalidInputException("currentPassword", "password.current.wrong");
			}
			attempt.succeeded();
		}
		if (currentPassword.equals(newPassword)) {
			throw new InvalidInputException("newPassword", "password.unchanged");
		}
		rules.check(newPassword, officer.username(), officer.mobile(), officer.nameEn(), officer.nameHi());
		officers.setPasswordHash(officer.id(), passwords.encode(newPassword));
		signIns.forget(officer.username());
		Unit posting = actor.posting();
		log.record(actor, AdminAction.PASSWORD_CHANGED, posting == null ? null : posting.districtId(),
				posting == null ? null : posting.id(), officer.id(), officer.username() + " changed their password",
				now());
	}

	// ---------------------------------------------------------------- administrators

	/**
	 * Makes the officer's password unusable at once (their sessions end with it) and sends a new
	 * one-time setup to their mobile. Not for a deactivated officer.
	 */
	public AccountState forceReset(long officerId, Actor admin) {
		Officer officer = administration.administered(officerId, admin);
		if (officer.status() == OfficerStatus.DEACTIVATED) {
			throw new ConflictException("admin.officer.deactivated", officer.username());
		}
		officers.setPasswordHash(officerId, OfficerRepository.UNUSABLE_PASSWORD);
		signIns.forget(officer.username());
		Unit posting = officer.posting();
		log.record(admin, AdminAction.PASSWORD_RESET_FORCED, posting == null ? null : posting.districtId(),
				posting == null ? null : posting.id(), officerId,
				officer.username() + ": password made unusable; a new one is to be set with a one-time setup", now());
		issueSetup(officerId, SetupReason.RESET, admin);
		return state(officerId, admin);
	}

	/** Lifts the lock (and forgets the wrong passwords) on the officer's account. */
	public AccountState unlock(long officerId, Actor admin) {
		Officer officer = administration.administered(officerId, admin);
		Optional<SignInThrottle.Standing> standing = throttle.accountStanding(officer.username());
		if (standing.isEmpty()) {
			throw new ConflictException("account.not-locked", officer.username());
		}
		throttle.clearAccount(officer.username());
		Unit posting = officer.posting();
		SignInThrottle.Standing was = standing.get();
		log.record(admin, AdminAction.ACCOUNT_UNLOCKED, posting == null ? null : posting.districtId(),
				posting == null ? null : posting.id(), officerId,
				officer.username() + " unlocked: " + was.failures() + " wrong passwords forgotten"
						+ (was.waitsUntil() == null ? "" : ", " + (was.locked() ? "locked" : "waiting") + " until "
								+ was.waitsUntil()),
				now());
		return state(officerId, admin);
	}

	/** Lifts an address's lock: the state's administrators only, as it may hold any district's officers. */
	public void unlockAddress(String address, Actor admin) {
		if (!administration.scopeOf(admin).state()) {
			throw new ForbiddenActionException("admin.state-only");
		}
		if (!throttle.clearAddress(address)) {
			throw new NotFoundException("account.address-not-locked", address);
		}
		log.record(admin, AdminAction.ACCOUNT_UNLOCKED, null, null, null, "address " + address.strip() + " unlocked",
				now());
	}

	/** The officer's account: password set or not, a setup waiting, wrong passwords and any lock. */
	@Transactional(readOnly = true)
	public AccountState state(long officerId, Actor admin) {
		Officer officer = administration.administered(officerId, admin);
		OfficerRow row = officers.findById(officerId).orElseThrow();
		Instant setupExpires = setups.openOf(officerId, CODE_TRIES, now()).map(Setup::expiresAt).orElse(null);
		Optional<SignInThrottle.Standing> standing = throttle.accountStanding(officer.username());
		return new AccountState(officerId, officer.username(),
				!OfficerRepository.UNUSABLE_PASSWORD.equals(row.passwordHash()), setupExpires,
				standing.map(SignInThrottle.Standing::failures).orElse(0),
				standing.map(SignInThrottle.Standing::lastAttemptAt).orElse(null),
				standing.map(SignInThrottle.Standing::lastAddress).orElse(null),
				standing.map(SignInThrottle.Standing::waitsUntil).orElse(null),
				standing.map(SignInThrottle.Standing::locked).orElse(false));
	}

	/**
	 * The locks in force an administrator may see: accounts of the officers they keep (the state's
	 * also sees usernames that are nobody's, which tell of guessing), and every address (a station's
	 * officers often share one, and its district's administrator is the one they call).
	 */
	@Transactional(readOnly = true)
	public List<SignInLock> locks(Actor admin) {
		boolean state = administration.scopeOf(admin).state();
		List<SignInLock> locks = new ArrayList<>();
		for (SignInThrottle.Standing lock : throttle.locks()) {
			if (!lock.locked()) {
				continue;
			}
			if (SignInThrottle.ADDRESS.equals(lock.kind())) {
				locks.add(new SignInLock(SignInLock.Kind.ADDRESS, lock.subject(), null, null, lock.failures(),
						lock.lastAttemptAt(), lock.lastAddress(), lock.waitsUntil()));
				continue;
			}
			Optional<Officer> officer = jurisdiction.findOfficerByUsername(lock.subject());
			if (officer.isPresent() ? administration.keeps(officer.get().id(), admin) : state) {
				locks.add(new SignInLock(SignInLock.Kind.ACCOUNT, lock.subject(), officer.map(Officer::id).orElse(null),
						officer.map(Officer::nameEn).orElse(null), lock.failures(), lock.lastAttemptAt(),
						lock.lastAddress(), lock.waitsUntil()));
			}
		}
		return locks;
	}

	// ---------------------------------------------------------------- secrets

	private static String randomToken() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String randomCode() {
		return String.format("%08d", RANDOM.nextInt(100_000_000));
	}

	/**
	 * A code is eight digits: a plain hash of it would be undone by trying all hundred million. It
	 * is kept as an HMAC under a key the database does not hold (derived from
	 * {@code samadhan.reference.secret}), with its username, so the same code for two officers has
	 * two hashes and a copy of the table alone gives no code away.
	 */
	private String codeHash(String username, String code) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(codeKey);
			return HexFormat.of().formatHex(mac.doFinal((username + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A mobile as the record shows it: enough to tell which, not enough to call. */
	private static String masked(String mobile) {
		if (mobile == null || mobile.length() < 4) {
			return "no mobile on record";
		}
		return "x".repeat(mobile.length() - 4) + mobile.substring(mobile.length() - 4);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}
}
