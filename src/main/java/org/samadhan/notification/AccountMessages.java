package org.samadhan.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.samadhan.jurisdiction.AccountSetupIssued;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends an officer the one-time link and code to set a password, by SMS in Hindi, in the
 * transaction that issued them. Both are bearer secrets: the outbox keeps them only until the
 * message is delivered (in the demo, which records instead of sending, an administrator reads them
 * in the outbox). Never a password: nobody but the officer ever knows one.
 */
@Component
class AccountMessages {

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private final Outbox outbox;

	private final ZoneId zone;

	AccountMessages(Outbox outbox, @Value("${samadhan.zone:Asia/Kolkata}") ZoneId zone) {
		this.outbox = outbox;
		this.zone = zone;
	}

	@EventListener
	void on(AccountSetupIssued event) {
		outbox.smsWithSecrets(event.mobile(), Outbox.OFFICERS_LANGUAGE, "account-setup", null,
				"account-setup:" + event.setupId(), new int[] { 1, 2 }, event.username(), event.link(), event.code(),
				event.setupPage(), UNTIL.format(event.expiresAt().atZone(zone)));
	}
}
