package org.samadhan.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.samadhan.deadline.ComplaintDefaulted;
import org.samadhan.deadline.ComplaintEscalated;
import org.samadhan.deadline.DeadlineNear;
import org.samadhan.deadline.Recipient;
import org.samadhan.shared.Label;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells officers about time, by SMS in Hindi, through the outbox in the sweep's own transaction:
 * the IO and SHO when the limit is near and when it has passed, and the officer a stage was
 * escalated to. Each message has a dedupe key naming the complaint, the limit or stage, and the
 * officer, so that it is written once whatever happens. A sweep tells thousands at once, so the
 * messages of a transaction are gathered and written in one batch just before it commits.
 */
@Component
class DeadlineMessages {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private final Outbox outbox;

	DeadlineMessages(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(DeadlineNear event) {
		for (Recipient r : event.recipients()) {
			if (r.mobile() != null) {
				pending().add(new Outbox.Sms(r.mobile(), HINDI, "deadline-near", event.complaintId(),
						"deadline-near:" + event.complaintId() + ":" + event.limitSeq() + ":" + r.officerId(),
						event.reference(), event.dueOn().toString()));
			}
		}
	}

	@EventListener
	void on(ComplaintDefaulted event) {
		for (Recipient r : event.recipients()) {
			if (r.mobile() != null) {
				pending().add(new Outbox.Sms(r.mobile(), HINDI, "defaulted", event.complaintId(),
						"defaulted:" + event.complaintId() + ":" + event.limitSeq() + ":" + r.officerId(),
						event.reference(), event.dueOn().toString()));
			}
		}
	}

	@EventListener
	void on(ComplaintEscalated event) {
		Recipient r = event.recipient();
		if (r != null && r.mobile() != null) {
			pending().add(new Outbox.Sms(r.mobile(), HINDI, "escalated", event.complaintId(),
					"escalation:" + event.complaintId() + ":" + event.stageSeq() + ":" + event.escalation(),
					event.reference(), new Label("deadline.stage." + event.stage().name(), event.stage().name()),
					event.stageDueOn().toString(), Label.of("role", event.level())));
		}
	}

	/** The messages of the current transaction, written to the outbox just before it commits. */
	private List<Outbox.Sms> pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalTransactionStateException("deadline messages are written in the sweep's transaction");
		}
		@SuppressWarnings("unchecked")
		List<Outbox.Sms> pending = (List<Outbox.Sms>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			List<Outbox.Sms> created = new ArrayList<>();
			TransactionSynchronizationManager.bindResource(this, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					outbox.smsAll(created);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DeadlineMessages.this);
				}
			});
			pending = created;
		}
		return pending;
	}
}
