package org.samadhan.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.samadhan.shared.InvalidReferenceNumberException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.SqlTime;
import org.samadhan.shared.ThrottledException;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen reads their own complaint with its reference number and a one-time code sent to the
 * registered mobile. Asking for a code never says whether the number exists; a wrong, used or
 * expired code gets the same "not found" as an unknown number; a code is used once and burns
 * after a few wrong tries, counted before each comparison.
 */
@Service
public class CitizenAccess {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Requests for a mobile's code are counted beside those for complaints, keyed apart by this. */
	private static final String MOBILE_REQUEST_PREFIX = "M";

	private final ComplaintRepository complaints;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validity;

	private final int codesPerHour;

	private final int codesPerHourPerCaller;

	private final int codesPerHourPerCallerAllNumbers;

	private final int maxAttempts;

	CitizenAccess(ComplaintRepository complaints, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${samadhan.citizen.code-validity:PT10M}") Duration validity,
			@Value("${samadhan.citizen.codes-per-hour:10}") int codesPerHour,
			@Value("${samadhan.citizen.codes-per-hour-per-caller:3}") int codesPerHourPerCaller,
			@Value("${samadhan.citizen.codes-per-hour-per-caller-all-numbers:20}") int codesPerHourPerCallerAllNumbers,
			@Value("${samadhan.citizen.code-attempts:5}") int maxAttempts) {
		this.complaints = complaints;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
		this.codesPerHour = codesPerHour;
		this.codesPerHourPerCaller = codesPerHourPerCaller;
		this.codesPerHourPerCallerAllNumbers = codesPerHourPerCallerAllNumbers;
		this.maxAttempts = maxAttempts;
	}

	/**
	 * Sends a code to the complaint's registered mobile, if there is such a complaint; answers the
	 * same either way. A caller may ask a few times an hour for one number
	 * ({@code samadhan.citizen.codes-per-hour-per-caller}) and a few dozen times for all numbers
	 * together; past that it is refused (429), known number or not. All callers together get at
	 * most {@code samadhan.citizen.codes-per-hour} codes sent for one number; past that a request is
	 * taken and nothing is sent, so that strangers can flood nobody's phone, and cannot make the
	 * citizen's own request fail (though, from many addresses, they can use up the hour's codes).
	 * Requests for a known number wait on its row, so parallel requests are counted one by one.
	 */
	@Transactional(noRollbackFor = ThrottledException.class)
	public void requestCode(ReferenceNumber reference, String client) {
		Optional<Complaint> complaint = complaints.findByReferenceForUpdate(reference.value());
		Instant now = clock.instant();
		if (!mayIssue(reference.value(), client, now)) {
			return;
		}
		complaint.ifPresent(found -> {
			String code = newCode();
			Instant expires = now.plus(validity);
			jdbc.sql("""
					insert into complaint_citizen_code (complaint_id, code_hash, issued_at, expires_at, attempts)
					values (?, ?, ?, ?, 0)""")
				.params(found.id(), hash(String.valueOf(found.id()), code), SqlTime.param(now), SqlTime.param(expires))
				.update();
			events.publishEvent(new CitizenCodeIssued(found.id(), found.reference().value(),
					found.complainant().mobile(), code, expires));
		});
	}

	/**
	 * Sends a code to this mobile that proves the person filing on the portal holds it (intake asks
	 * for one once the number's unproven filings of the month are used up). Limited exactly as
	 * {@link #requestCode}: per caller and number, per caller, and per number for all callers.
	 */
	@Transactional(noRollbackFor = ThrottledException.class)
	public void requestMobileCode(String mobile, String client) {
		Instant now = clock.instant();
		if (!mayIssue(MOBILE_REQUEST_PREFIX + mobile, client, now)) {
			return;
		}
		String code = newCode();
		Instant expires = now.plus(validity);
		jdbc.sql("""
				insert into complaint_citizen_code (mobile, code_hash, issued_at, expires_at, attempts)
				values (?, ?, ?, ?, 0)""")
			.params(mobile, hash(MOBILE_REQUEST_PREFIX + mobile, code), SqlTime.param(now), SqlTime.param(expires))
			.update();
		events.publishEvent(new MobileCodeIssued(mobile, code, expires));
	}

	/**
	 * Whether this is the right, unused, unexpired code for this mobile; a right code is used up.
	 * Wrong tries are counted in a transaction of their own, so they stay counted when the filing
	 * that follows is refused.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean useMobileCode(String mobile, String code) {
		return useCode("mobile", mobile, MOBILE_REQUEST_PREFIX + mobile, code);
	}

	/**
	 * Records the request and says whether a code may be sent: refuses (429) a caller past its
	 * limits, known number or not, and sends nothing (silently) past the number's own limit.
	 */
	private boolean mayIssue(String key, String client, Instant now) {
		OffsetDateTime hourAgo = SqlTime.param(now.minus(Duration.ofHours(1)));
		jdbc.sql("delete from complaint_code_request where reference = ? and requested_at <= ?")
			.params(key, hourAgo)
			.update();
		long forNumber = jdbc.sql("""
				select count(*) from complaint_code_request where reference = ? and requested_at > ? and client = ?""")
			.params(key, hourAgo, client)
			.query(Long.class)
			.single();
		long forAnyNumber = jdbc.sql("select count(*) from complaint_code_request where client = ? and requested_at > ?")
			.params(client, hourAgo)
			.query(Long.class)
			.single();
		if (forNumber >= codesPerHourPerCaller || forAnyNumber >= codesPerHourPerCallerAllNumbers) {
			throw new ThrottledException("citizen.code.too-many", Duration.ofHours(1));
		}
		long sent = jdbc.sql("select count(*) from complaint_code_request where reference = ? and requested_at > ?")
			.params(key, hourAgo)
			.query(Long.class)
			.single();
		jdbc.sql("insert into complaint_code_request (reference, client, requested_at) values (?, ?, ?)")
			.params(key, client, SqlTime.param(now))
			.update();
		return sent < codesPerHour;
	}

	/**
	 * The complaint for this reference and code, using the code up. Wrong tries are counted even
	 * though the read fails, hence a transaction of its own that commits either way.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = NotFoundException.class)
	public CitizenView read(ReferenceNumber reference, String code) {
		return viewOf(verifyAndUse(reference, code));
	}

	/**
	 * The complaint for this reference, read again without a code, for a caller who proved the code
	 * for this very reference a moment ago and keeps that proof itself (the tracking page keeps it in
	 * the citizen's session, as an officer's sign-in is kept, so that switching the page's language
	 * does not ask for a new code). No API exposes this: the API asks for a code each time.
	 */
	@Transactional(readOnly = true)
	public CitizenView readAgain(ReferenceNumber reference) {
		return viewOf(complaints.findByReference(reference.value()).orElseThrow(CitizenAccess::notFound));
	}

	private CitizenView viewOf(Complaint complaint) {
		List<CitizenView.Step> timeline = complaints.history(complaint.id())
			.stream()
			.filter(h -> h.action().isShownToCitizen())
			.map(h -> new CitizenView.Step(h.at(), h.action(), h.to()))
			.toList();
		return new CitizenView(complaint.id(), complaint.reference().value(), complaint.status(), complaint.category().code(),
				complaint.channel(), complaint.placement().districtId(), complaint.placement().stationId(),
				complaint.outsideOffice(), complaint.registeredAt(), complaint.due().dueOn(), complaint.due().paused(),
				timeline);
	}

	/**
	 * Checks the code and uses it up, for a citizen's act on their own complaint other than
	 * reading it (an appeal): answers the complaint's id. A wrong, used or expired code is "not
	 * found", exactly as for {@link #read}; the try is counted in a transaction of its own, so it
	 * stays counted (and the code used) even when the act that follows is refused.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = NotFoundException.class)
	public long useCode(ReferenceNumber reference, String code) {
		return verifyAndUse(reference, code).id();
	}

	private Complaint verifyAndUse(ReferenceNumber reference, String code) {
		Complaint complaint = complaints.findByReference(reference.value())
			.orElseThrow(() -> reference.checkedAsIssuedBefore() ? new InvalidReferenceNumberException(reference.value())
					: notFound());
		if (!useCode("complaint_id", complaint.id(), String.valueOf(complaint.id()), code)) {
			throw notFound();
		}
		return complaint;
	}

	/** Checks the newest live code of one owner (a complaint or a mobile) and uses it up if right. */
	private boolean useCode(String ownerColumn, Object owner, String salt, String code) {
		Instant now = clock.instant();
		Optional<Long> codeId = jdbc.sql("select id from complaint_citizen_code where " + ownerColumn
				+ " = ? and expires_at > ? and attempts < ? order by issued_at desc limit 1")
			.params(owner, SqlTime.param(now), maxAttempts)
			.query(Long.class)
			.optional();
		if (codeId.isEmpty()) {
			return false;
		}
		// Count the try before comparing, in one guarded statement, so that parallel guesses cannot
		// all slip under the limit.
		boolean counted = jdbc.sql("update complaint_citizen_code set attempts = attempts + 1 where id = ? and attempts < ?")
			.params(codeId.get(), maxAttempts)
			.update() == 1;
		String expected = jdbc.sql("select code_hash from complaint_citizen_code where id = ?")
			.param(codeId.get())
			.query(String.class)
			.single();
		boolean matches = counted && code != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				hash(salt, code.strip()).getBytes(StandardCharsets.US_ASCII));
		// Use the code up; of two requests with the right code at the same moment only one does.
		return matches && jdbc.sql("update complaint_citizen_code set attempts = ? where id = ? and attempts < ?")
			.params(maxAttempts, codeId.get(), maxAttempts)
			.update() == 1;
	}

	private static String newCode() {
		return String.format("%06d", RANDOM.nextInt(1_000_000));
	}

	private static String hash(String salt, String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((salt + ":" + code).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static NotFoundException notFound() {
		return new NotFoundException("citizen.not-found");
	}
}
