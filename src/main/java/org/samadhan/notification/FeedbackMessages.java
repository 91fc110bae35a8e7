package org.samadhan.notification;

import java.util.Locale;

import org.samadhan.feedback.AppealDecided;
import org.samadhan.feedback.AuditFindingRecorded;
import org.samadhan.feedback.FeedbackRequested;
import org.samadhan.review.SpecialClosureApproved;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The feedback module's messages, written to the outbox in the transaction of the change: the
 * complainant's outcome and feedback link on disposal, a special closure with the way to appeal it,
 * the decision on their appeal, and an audit
 * finding flagged to the district's SP. Hindi, the complainant's first language on the portal.
 */
@Component
class FeedbackMessages {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private final Outbox outbox;

	private final MessageSource messages;

	private final String publicUrl;

	FeedbackMessages(Outbox outbox, MessageSource messages, @Value("${samadhan.public-url}") String publicUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.publicUrl = publicUrl;
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

	/** Why it was closed without an enquiry's finding, and the appeal route (the tracking page, or 1076). */
	@EventListener
	void on(SpecialClosureApproved event) {
		String ground = messages.getMessage("special-closure.subject." + event.subject().name(), null, HINDI);
		outbox.sms(event.mobile(), HINDI, "special-closed", event.complaintId(),
				"special-closed:" + event.complaintId() + ":" + event.closureId(), event.reference(), ground,
				publicUrl + "/track");
	}

	@EventListener
	void on(AuditFindingRecorded event) {
		for (String mobile : event.spMobiles()) {
			outbox.sms(mobile, HINDI, "audit-finding", event.complaintId(),
					"audit-finding:" + event.auditId() + ":" + mobile, event.reference());
		}
	}
}
