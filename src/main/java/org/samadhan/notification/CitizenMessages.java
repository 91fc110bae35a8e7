package org.samadhan.notification;

import java.util.Locale;

import org.samadhan.complaint.CitizenCodeIssued;
import org.samadhan.complaint.ComplaintRegistered;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the complainant, in Hindi (their first language on the portal), what they need: the
 * reference number when a complaint is registered, and the one-time code when they ask for it.
 * Sent only after the change is committed.
 */
@Component
class CitizenMessages {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private final SmsGateway sms;

	private final MessageSource messages;

	CitizenMessages(SmsGateway sms, MessageSource messages) {
		this.sms = sms;
		this.messages = messages;
	}

	@TransactionalEventListener
	void on(CitizenCodeIssued event) {
		sms.send(event.mobile(), messages.getMessage("sms.citizen-code",
				new Object[] { event.code(), event.reference() }, HINDI));
	}

	@TransactionalEventListener
	void on(ComplaintRegistered event) {
		sms.send(event.mobile(), messages.getMessage("sms.registered", new Object[] { event.reference() }, HINDI));
	}
}
