package org.samadhan.feedback;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the complaint's moves, synchronously in the transaction that makes them: a request for
 * feedback opens a call-list entry and sends the link; leaving FEEDBACK_PENDING by any way closes
 * the entry and its links (a desk's answer closes the link, a link's answer the desk's entry); a
 * reopen is counted against the officer whose disposal failed.
 */
@Component
class FeedbackLifecycle {

	private final FeedbackLinks links;

	private final FeedbackRepository repository;

	private final Reopens reopens;

	FeedbackLifecycle(FeedbackLinks links, FeedbackRepository repository, Reopens reopens) {
		this.links = links;
		this.repository = repository;
		this.reopens = reopens;
	}

	@EventListener
	void on(ComplaintStatusChanged event) {
		if (event.action().isFact()) {
			return;
		}
		if (event.action() == ComplaintAction.REQUEST_FEEDBACK) {
			links.ask(event.complaint(), event.at());
		}
		if (event.from() == ComplaintStatus.FEEDBACK_PENDING) {
			repository.closeRequests(event.complaintId(), event.action().name(), event.at());
		}
		if (event.to() == ComplaintStatus.REOPENED) {
			reopens.record(event.complaintId(), event.action() == ComplaintAction.REOPEN_ON_APPEAL
					? Reopens.Cause.APPEAL : Reopens.Cause.DISSATISFIED, event.at());
		}
	}
}
