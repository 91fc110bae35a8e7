package org.samadhan.notification;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.samadhan.complaint.CitizenCodeIssued;
import org.samadhan.complaint.ComplaintRegistered;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.MobileCodeIssued;
import org.samadhan.complaint.Person;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the complainant what they need: the reference number when a complaint is registered (by
 * SMS, and by e-mail too if they gave an address), and the one-time code when they ask for it
 * (by SMS only: the code proves that the reader holds the registered mobile). The messages are
 * written to the outbox in the transaction of the change, so a change that rolls back tells
 * nobody anything.
 *
 * <p>In Hindi: a complaint does not record the language its complainant used, and Hindi is the
 * portal's first language.
 */
@Component
class CitizenMessages {

	/** Dates as people in India write them. */
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	static final Locale CITIZENS_LANGUAGE = Locale.forLanguageTag("hi");

	private final Outbox outbox;

	CitizenMessages(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(ComplaintRegistered event) {
		ComplaintView complaint = event.complaint();
		String dueOn = complaint.due().dueOn() == null ? "-" : DAY.format(complaint.due().dueOn());
		outbox.sms(event.mobile(), CITIZENS_LANGUAGE, "registered", event.complaintId(),
				"registered:" + event.complaintId(), event.reference(), dueOn);
		Person complainant = complaint.complainant();
		if (complainant.email() != null && !complainant.email().isBlank()) {
			outbox.email(complainant.email(), CITIZENS_LANGUAGE, "registered", event.complaintId(),
					"registered-email:" + event.complaintId(), event.reference(), complainant.name(), dueOn);
		}
	}

	/** Every code is a message of its own (no dedupe key); the stored text keeps the code masked once sent. */
	@EventListener
	void on(CitizenCodeIssued event) {
		outbox.smsWithSecret(event.mobile(), CITIZENS_LANGUAGE, "citizen-code", event.complaintId(), null, 0,
				event.code(), event.reference());
	}

	/** A code that proves the mobile before filing on the portal; like the citizen's code, one message each. */
	@EventListener
	void on(MobileCodeIssued event) {
		outbox.smsWithSecret(event.mobile(), CITIZENS_LANGUAGE, "mobile-code", null, null, 0, event.code());
	}
}
