package org.samadhan.jurisdiction;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * An uploaded file being applied (a district's set-up, a transfer list) in one all-or-nothing
 * transaction: how far it has got, and how it ended. {@code failureKey} and {@code failureArgument}
 * say, as a message key, why it was refused or rolled back.
 */
public record Upload(long id, Kind kind, Long districtId, String fileName, Status status, int total, int done,
		int changes, String summary, String failureKey, String failureArgument, long createdBy, Instant createdAt,
		Instant updatedAt, Instant finishedAt) {

	/** Between the arguments of a failure kept in {@code failureArgument} (the ASCII unit separator). */
	static final String ARGUMENT_SEPARATOR = "\u001F";

	/** Why it failed, as a sentence in the reader's language; null unless it failed. */
	public String failure(MessageSource messages, Locale locale) {
		return failureKey == null ? null
				: messages.getMessage(failureKey,
						failureArgument == null ? null : (Object[]) failureArgument.split(ARGUMENT_SEPARATOR, -1),
						failureKey, locale);
	}

	public enum Kind {
		DISTRICT_SETUP, TRANSFER_LIST
	}

	public enum Status {
		/** Being applied; {@code done} of {@code total} rows so far. */
		RUNNING,
		/** Applied whole, committed. */
		DONE,
		/** Refused or rolled back whole: nothing of it was written. */
		FAILED
	}
}
