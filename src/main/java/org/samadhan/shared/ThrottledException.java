package org.samadhan.shared;

import java.time.Duration;

/** Asked too often; the caller may try again after {@link #retryAfter()}. */
public class ThrottledException extends SamadhanException {

	private final Duration retryAfter;

	public ThrottledException(String messageKey, Duration retryAfter, Object... arguments) {
		super(messageKey, arguments);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
