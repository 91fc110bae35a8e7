package org.samadhan.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.samadhan.shared.SqlTime;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	private final Clock clock;

	Outbox(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
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

	private void write(OutboxChannel channel, String recipient, Locale locale, String template, String subject,
			String body, Long complaintId, String dedupeKey) {
		Instant now = clock.instant();
		String key = dedupeKey == null ? "once:" + java.util.UUID.randomUUID() : dedupeKey;
		jdbc.sql("""
				insert into notification_outbox (channel, recipient, template, locale, subject, body, complaint_id,
				    dedupe_key, status, attempts, next_attempt_at, created_at)
				select ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? from (values (1)) one
				where not exists (select 1 from notification_outbox where dedupe_key = ?)""")
			.params(channel.name(), recipient, template, locale.toLanguageTag(), subject, body, complaintId, key,
					SqlTime.param(now), SqlTime.param(now), key)
			.update();
	}
}
