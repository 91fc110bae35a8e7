package org.samadhan.complaint;

import java.time.Instant;

/**
 * A one-time code was made to prove that the person filing on the portal holds this mobile; the
 * notification module delivers it. The code is in the event only, never stored in clear.
 */
public record MobileCodeIssued(String mobile, String code, Instant expiresAt) {
}
