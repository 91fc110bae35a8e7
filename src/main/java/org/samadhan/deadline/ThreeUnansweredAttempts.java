package org.samadhan.deadline;

import java.util.List;
import java.util.Optional;

import org.samadhan.enquiry.ContactOutcome;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.shared.SamadhanException.Reason;

/**
 * The clock may stop for an unreachable complainant only after three recorded attempts that did not
 * reach them, since the last one that did: an officer who gave up after one call has not tried.
 */
final class ThreeUnansweredAttempts {

	static final int ATTEMPTS = 3;

	private ThreeUnansweredAttempts() {
	}

	static Optional<Reason> check(EnquiryFile file) {
		List<EnquiryFile.Contact> contacts = file.contacts();
		int unanswered = 0;
		for (EnquiryFile.Contact contact : contacts) {
			if (contact.outcome() == ContactOutcome.REACHED || contact.outcome() == ContactOutcome.REFUSED) {
				unanswered = 0;
			}
			else {
				unanswered++;
			}
		}
		return unanswered >= ATTEMPTS ? Optional.empty()
				: Optional.of(new Reason("UNREACHABLE_ATTEMPTS", "deadline.pause.unreachable-attempts", ATTEMPTS,
						unanswered));
	}
}
