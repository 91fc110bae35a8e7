package org.samadhan.jurisdiction;

import java.time.Instant;

/**
 * An officer's account as an administrator sees it: whether a password is set, whether a one-time
 * setup is waiting (until when), and the wrong passwords still counted against it, with until when
 * it must wait and whether that wait is a lock.
 */
public record AccountState(long officerId, String username, boolean passwordSet, Instant setupExpiresAt,
		int failures, Instant lastFailureAt, String lastAddress, Instant waitsUntil, boolean locked) {
}
