package org.samadhan.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.samadhan.shared.SqlTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a message to the outbox in the caller's transaction: if the change that causes it rolls
 * back, so does the message. The text is rendered now, in the recipient's language, from the
 * template {@code notify.<template>.sms} (or {@code .subject} and {@code .body} for e-mail).
 * A {@code dedupeKey} names one logical message: a second message with the same key is dropped.
 */
@Component
class Outbox {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final MessageSource messages;

	private final Clock clock;

	Outbox(JdbcClient jdbc, JdbcTemplate template, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void sms(String mobile, Locale locale, String template, Long complaintId, String dedupeKey, Object... args) {
		String body = messages.getMessage("notify." + template + ".sms", args, locale);
		write(OutboxChannel.SMS, mobile, locale, template, null, body, complaintId, dedupeKey);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void email(String address, Locale locale, String template, Long complaintId, String dedupeKey, Object... args) {
		String subject = messages.getMessage("notify." + template + ".subject", args, locale);
		String body = messages.getMessage("notify." + template + ".body", args, locale);
		write(OutboxChannel.EMAIL, address, locale, template, subject, body, complaintId, dedupeKey);
	}

	/**
	 * Many text messages in one JDBC batch, in the caller's transaction, each written as
	 * {@link #sms} writes one (for a timer that tells thousands of officers at once).
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
			rows.add(new Object[] { OutboxChannel.SMS.name(), m.mobile(), m.template(), m.locale().toLanguageTag(), null,
					body, m.complaintId(), m.dedupeKey(), SqlTime.param(now), SqlTime.param(now), m.dedupeKey() });
		}
		template.batchUpdate(INSERT, rows);
	}

	/** One text message for {@link #smsAll}; {@code dedupeKey} is required. */
	record Sms(String mobile, Locale locale, String template, Long complaintId, String dedupeKey, Object... args) {
	}

	private static final String INSERT = """
			insert into notification_outbox (channel, recipient, template, locale, subject, body, complaint_id,
			    dedupe_key, status, attempts, next_attempt_at, created_at)
			select ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? from (values (1)) one
			where not exists (select 1 from notification_outbox where dedupe_key = ?)""";

	private void write(OutboxChannel channel, String recipient, Locale locale, String template, String subject,
			String body, Long complaintId, String dedupeKey) {
		Instant now = clock.instant();
		String key = dedupeKey == null ? "once:" + java.util.UUID.randomUUID() : dedupeKey;
		jdbc.sql(INSERT)
			.params(channel.name(), recipient, template, locale.toLanguageTag(), subject, body, complaintId, key,
					SqlTime.param(now), SqlTime.param(now), key)
			.update();
	}
}
