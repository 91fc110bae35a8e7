package org.samadhan.notification;

import java.util.Locale;

import org.samadhan.feedback.AppealDecided;
import org.samadhan.feedback.AuditFindingRecorded;
import org.samadhan.feedback.FeedbackRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The feedback module's messages, written to the outbox in the transaction of the change: the
 * complainant's outcome and feedback link on disposal, the decision on their appeal, and an audit
 * finding flagged to the district's SP. Hindi, the complainant's first language on the portal.
 */
@Component
class FeedbackMessages {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private final Outbox outbox;

	FeedbackMessages(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(FeedbackRequested event) {
		// The link is a one-use bearer code: kept in the outbox only until it is delivered.
		outbox.smsWithSecret(event.mobile(), HINDI, "feedback-requested", event.complaintId(),
				"feedback-link:" + event.complaintId() + ":" + event.linkId(), 2, event.reference(), event.outcome(),
				event.link());
	}

	@EventListener
	void on(AppealDecided event) {
		outbox.sms(event.mobile(), HINDI, event.reopened() ? "appeal-reopened" : "appeal-upheld", event.complaintId(),
				"appeal-decided:" + event.complaintId() + ":" + event.appealId(), event.reference());
	}

	@EventListener
	void on(AuditFindingRecorded event) {
		for (String mobile : event.spMobiles()) {
			outbox.sms(mobile, HINDI, "audit-finding", event.complaintId(),
					"audit-finding:" + event.auditId() + ":" + mobile, event.reference());
		}
	}
}
