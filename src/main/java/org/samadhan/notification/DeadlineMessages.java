package org.samadhan.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.samadhan.deadline.ComplaintDefaulted;
import org.samadhan.deadline.ComplaintEscalated;
import org.samadhan.deadline.DeadlineNear;
import org.samadhan.deadline.DeadlinesSwept;
import org.samadhan.deadline.Recipient;
import org.samadhan.shared.Label;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells officers about time, by SMS in Hindi, through the outbox in the sweep's own transaction:
 * the IO and SHO when the limit is near and when it has passed, and the officer a stage was
 * escalated to. Each message has a dedupe key naming the complaint, the limit or stage, and the
 * officer, so that it is written once whatever happens. A sweep batch tells hundreds at once, so
 * its messages are written to the outbox as one set.
 */
@Component
class DeadlineMessages {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private final Outbox outbox;

	DeadlineMessages(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(DeadlinesSwept event) {
		List<Outbox.Sms> messages = new ArrayList<>();
		event.warnings().forEach(near -> messages.addAll(messages(near)));
		event.defaults().forEach(defaulted -> messages.addAll(messages(defaulted)));
		event.escalations().forEach(escalated -> messages.addAll(messages(escalated)));
		if (!messages.isEmpty()) {
			outbox.smsAll(messages);
		}
	}

	private static List<Outbox.Sms> messages(DeadlineNear event) {
		return toEach(event.recipients(), "deadline-near", event.complaintId(), event.limitSeq(), event.reference(),
				event.dueOn());
	}

	private static List<Outbox.Sms> messages(ComplaintDefaulted event) {
		return toEach(event.recipients(), "defaulted", event.complaintId(), event.limitSeq(), event.reference(),
				event.dueOn());
	}

	/** One message about a limit to each recipient with a mobile, keyed by complaint, limit and officer. */
	private static List<Outbox.Sms> toEach(List<Recipient> recipients, String template, long complaintId, int limitSeq,
			String reference, LocalDate dueOn) {
		List<Outbox.Sms> messages = new ArrayList<>();
		for (Recipient r : recipients) {
			if (r.mobile() != null) {
				messages.add(new Outbox.Sms(r.mobile(), HINDI, template, complaintId,
						template + ":" + complaintId + ":" + limitSeq + ":" + r.officerId(), reference, dueOn.toString()));
			}
		}
		return messages;
	}

	private static List<Outbox.Sms> messages(ComplaintEscalated event) {
		Recipient r = event.recipient();
		if (r == null || r.mobile() == null) {
			return List.of();
		}
		return List.of(new Outbox.Sms(r.mobile(), HINDI, "escalated", event.complaintId(),
				"escalation:" + event.complaintId() + ":" + event.stageSeq() + ":" + event.escalation(),
				event.reference(), new Label("deadline.stage." + event.stage().name(), event.stage().name()),
				event.stageDueOn().toString(), Label.of("role", event.level())));
	}
}
