package org.samadhan.jurisdiction;

import java.time.Instant;

/**
 * A lock in force: on an account (the username as typed; {@code officerId} names the officer when
 * the username is one) or on an address, with its count of wrong passwords and until when it holds.
 */
public record SignInLock(Kind kind, String subject, Long officerId, String officerName, int failures,
		Instant lastAttemptAt, String lastAddress, Instant lockedUntil) {

	public enum Kind {
		ACCOUNT, ADDRESS
	}
}
