package org.samadhan.enquiry;

import java.time.Instant;
import java.util.List;

/** Everything recorded in one complaint's enquiry, oldest first. */
public record EnquiryFile(List<Contact> contacts, List<SiteVisit> visits, List<Statement> statements,
		List<Report> reports) {

	public record Contact(long id, long officerId, Instant contactedAt, ContactMode mode, ContactOutcome outcome,
			String note, Instant recordedAt) {
	}

	public record SiteVisit(long id, long officerId, Instant visitedAt, double latitude, double longitude,
			Double accuracyMeters, String note, Instant recordedAt, List<String> photoIds) {
	}

	public record Statement(long id, long officerId, Party party, String personName, String text, String scanId,
			Instant recordedAt) {

		/** A statement counts when it has words or a scanned page. */
		public boolean hasContent() {
			return (text != null && !text.isBlank()) || scanId != null;
		}
	}

	public record Report(long id, long authorId, String findings, ActionTaken actionTaken, String actionDetail,
			String firNumber, java.time.LocalDate nextHearingOn, Instant submittedAt) {
	}

	public boolean reachedComplainant() {
		return contacts.stream().anyMatch(c -> c.outcome() == ContactOutcome.REACHED);
	}

	public boolean hasStatementOf(Party party) {
		return statements.stream().anyMatch(s -> s.party() == party && s.hasContent());
	}
}
