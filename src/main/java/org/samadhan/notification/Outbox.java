package org.samadhan.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a message to the outbox in the caller's transaction: if the change that causes it rolls
 * back, so does the message. The text is rendered now, in the recipient's language, from the
 * template {@code notify.<template>.sms} (or {@code .subject} and {@code .body} for e-mail).
 * A {@code dedupeKey} names one logical message: a second message with the same key is dropped.
 * Once the transaction commits, the {@link OutboxDispatcher} is asked to send what it wrote.
 *
 * <p>A message to a mobile number that is missing or not a valid Indian mobile is written as
 * FAILED, so that the admin sees who was never told.
 */
@Component
class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	/** Officers read Samadhan in Hindi; their messages are in Hindi. */
	static final Locale OFFICERS_LANGUAGE = Locale.forLanguageTag("hi");

	private static final Pattern INDIAN_MOBILE = Pattern.compile("(?:\\+?91)?([6-9][0-9]{9})");

	private static final String REDACTED = "******";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final MessageSource messages;

	private final Clock clock;

	private final Jurisdiction jurisdiction;

	private final OutboxDispatcher dispatcher;

	Outbox(JdbcClient jdbc, JdbcTemplate batches, MessageSource messages, Clock clock, Jurisdiction jurisdiction,
			OutboxDispatcher dispatcher) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.messages = messages;
		this.clock = clock;
		this.jurisdiction = jurisdiction;
		this.dispatcher = dispatcher;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void sms(String mobile, Locale locale, String template, Long complaintId, String dedupeKey, Object... args) {
		String body = messages.getMessage("notify." + template + ".sms", args, locale);
		writeSms(mobile, locale, template, body, null, complaintId, dedupeKey);
	}

	/**
	 * As {@link #sms}, for a text that carries a secret (a one-time code) as argument
	 * {@code secretArgument}: once delivered, the stored text keeps the secret masked.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void smsWithSecret(String mobile, Locale locale, String template, Long complaintId, String dedupeKey,
			int secretArgument, Object... args) {
		smsWithSecrets(mobile, locale, template, complaintId, dedupeKey, new int[] { secretArgument }, args);
	}

	/** As {@link #smsWithSecret}, for a text with several secrets (a link and a code). */
	@Transactional(propagation = Propagation.MANDATORY)
	void smsWithSecrets(String mobile, Locale locale, String template, Long complaintId, String dedupeKey,
			int[] secretArguments, Object... args) {
		String body = messages.getMessage("notify." + template + ".sms", args, locale);
		Object[] masked = args.clone();
		for (int secret : secretArguments) {
			masked[secret] = REDACTED;
		}
		String redacted = messages.getMessage("notify." + template + ".sms", masked, locale);
		writeSms(mobile, locale, template, body, redacted, complaintId, dedupeKey);
	}

	/**
	 * A text message, in Hindi, to the officer's registered mobile. An officer who is unknown or
	 * has no mobile is not messaged (and that is logged); returns whether a message was written.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean smsToOfficer(long officerId, String template, Long complaintId, String dedupeKey, Object... args) {
		Officer officer = jurisdiction.findOfficer(officerId).orElse(null);
		if (officer == null || officer.mobile() == null || officer.mobile().isBlank()) {
			log.warn("No SMS for officer {} ({}): no mobile on record", officerId, template);
			return false;
		}
		sms(officer.mobile(), OFFICERS_LANGUAGE, template, complaintId, dedupeKey, args);
		return true;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void email(String address, Locale locale, String template, Long complaintId, String dedupeKey, Object... args) {
		String subject = messages.getMessage("notify." + template + ".subject", args, locale);
		String body = messages.getMessage("notify." + template + ".body", args, locale);
		write(OutboxChannel.EMAIL, address, locale, template, subject, body, null, complaintId, dedupeKey, null);
	}

	/**
	 * Many text messages in one JDBC batch, in the caller's transaction, each written as
	 * {@link #sms} writes one (for a timer that tells thousands of officers at once). They are not
	 * handed to the dispatcher after the commit: nobody is waiting for them, and the poller sends
	 * them within its interval.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void smsAll(List<Sms> all) {
		if (all.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		List<Object[]> rows = new ArrayList<>(all.size());
		for (Sms m : all) {
			String body = messages.getMessage("notify." + m.template() + ".sms", m.args(), m.locale());
			rows.add(smsRow(m.mobile(), m.locale(), m.template(), body, null, m.complaintId(), m.dedupeKey(), now));
		}
		batches.batchUpdate(INSERT, rows);
	}

	/** One text message for {@link #smsAll}; {@code dedupeKey} is required. */
	record Sms(String mobile, Locale locale, String template, Long complaintId, String dedupeKey, Object... args) {
	}

	/**
	 * The key comes in once, and the NOT EXISTS refers to it through the derived table: H2 (2.4)
	 * caches the result of a subquery that depends on nothing outside it, and a second message with
	 * the same key in the same transaction (or batch) then saw the first one's absence and broke
	 * the unique constraint instead of being dropped.
	 */
	private static final String INSERT = """
			insert into notification_outbox (channel, recipient, template, locale, subject, body, redacted_body,
			    complaint_id, dedupe_key, status, attempts, next_attempt_at, claimed_by, claimed_until, last_error,
			    created_at)
			select ?, ?, ?, ?, ?, ?, ?, ?, one.dedupe_key, ?, ?, ?, ?, ?, ?, ?
			from (values (cast(? as varchar(200)))) one (dedupe_key)
			where not exists (select 1 from notification_outbox o where o.dedupe_key = one.dedupe_key)""";

	private void writeSms(String mobile, Locale locale, String template, String body, String redacted,
			Long complaintId, String dedupeKey) {
		insert(smsRow(mobile, locale, template, body, redacted, complaintId, dedupeKey, clock.instant()));
	}

	private void write(OutboxChannel channel, String recipient, Locale locale, String template, String subject,
			String body, String redacted, Long complaintId, String dedupeKey, String refusal) {
		insert(row(channel, recipient, locale, template, subject, body, redacted, complaintId, dedupeKey, refusal,
				clock.instant()));
	}

	/**
	 * Writes the row unless its key is taken. A message to be sent right after the commit is written
	 * already claimed by this instance, for a short lease ({@link OutboxDispatcher#claimAtWriting}),
	 * and handed to the dispatcher once the transaction commits: no claim of its own (a transaction,
	 * three statements) before it goes out. If this instance dies first, the lease runs out and the
	 * poller of any instance sends it.
	 */
	private void insert(Object[] row) {
		boolean toSend = OutboxStatus.PENDING.name().equals(row[STATUS])
				&& TransactionSynchronizationManager.isSynchronizationActive() && dispatcher.sendsAfterCommit();
		Written written = toSend ? written() : null;
		if (written != null) {
			row[STATUS] = OutboxStatus.SENDING.name();
			row[ATTEMPTS] = 1;
			row[CLAIMED_BY] = written.claim.token();
			row[CLAIMED_UNTIL] = OutboxRepository.at(written.claim.until());
			row[NEXT_ATTEMPT] = OutboxRepository.at(written.claim.until());
		}
		KeyHolder id = new GeneratedKeyHolder();
		boolean inserted = jdbc.sql(INSERT).params(row).update(id, "id") == 1;
		if (inserted && written != null) {
			written.messages.add(new OutboxRepository.OutboxMessage(id.getKey().longValue(),
					OutboxChannel.valueOf((String) row[CHANNEL]), (String) row[RECIPIENT], (String) row[TEMPLATE],
					(String) row[SUBJECT], (String) row[BODY], 1, written.claim.token(), written.claim.until()));
		}
	}

	/** Where {@link #row} puts what {@link #insert} reads or changes. */
	private static final int CHANNEL = 0, RECIPIENT = 1, TEMPLATE = 2, SUBJECT = 4, BODY = 5, STATUS = 8,
			ATTEMPTS = 9, NEXT_ATTEMPT = 10, CLAIMED_BY = 11, CLAIMED_UNTIL = 12;

	/** An SMS row: the number as gateways take it (10 digits), or FAILED if there is no valid one. */
	private Object[] smsRow(String mobile, Locale locale, String template, String body, String redacted,
			Long complaintId, String dedupeKey, Instant now) {
		var valid = mobile == null ? null : INDIAN_MOBILE.matcher(mobile.replaceAll("[\\s-]", ""));
		if (valid == null || !valid.matches()) {
			return row(OutboxChannel.SMS, mobile == null ? "" : mobile, locale, template, null,
					redacted == null ? body : redacted, null, complaintId, dedupeKey, "no valid mobile number to send to",
					now);
		}
		return row(OutboxChannel.SMS, valid.group(1), locale, template, null, body, redacted, complaintId, dedupeKey,
				null, now);
	}

	/** The parameters of {@link #INSERT}, in its order. */
	private static Object[] row(OutboxChannel channel, String recipient, Locale locale, String template,
			String subject, String body, String redacted, Long complaintId, String dedupeKey, String refusal,
			Instant now) {
		String key = dedupeKey == null ? "once:" + UUID.randomUUID() : dedupeKey;
		return new Object[] { channel.name(), recipient, template, locale.toLanguageTag(), subject, body, redacted,
				complaintId, refusal == null ? OutboxStatus.PENDING.name() : OutboxStatus.FAILED.name(), 0,
				OutboxRepository.at(now), null, null, refusal, OutboxRepository.at(now), key };
	}

	/** This transaction's messages to send after it commits, with their claim: made at the first. */
	private Written written() {
		for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
			if (registered instanceof Written written && written.outbox == this) {
				return written;
			}
		}
		Written written = new Written(this, dispatcher.claimAtWriting());
		TransactionSynchronizationManager.registerSynchronization(written);
		return written;
	}

	/** The messages one transaction wrote (identity equality: it sits in a set while it grows). */
	private static final class Written implements TransactionSynchronization {

		private final Outbox outbox;

		private final OutboxDispatcher.Claim claim;

		private final List<OutboxRepository.OutboxMessage> messages = new ArrayList<>();

		Written(Outbox outbox, OutboxDispatcher.Claim claim) {
			this.outbox = outbox;
			this.claim = claim;
		}

		@Override
		public void afterCommit() {
			if (!messages.isEmpty()) {
				outbox.dispatcher.kick(List.copyOf(messages));
			}
		}
	}
}
