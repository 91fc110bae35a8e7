package org.samadhan.jurisdiction;

import java.time.Instant;

/**
 * A one-time link and code to set a password were issued to an officer, to be sent to their
 * mobile: on creation, after an administrator forced a reset, or for the first administrator at
 * start-up. Published in the transaction that stores their hashes; the link and the code are in
 * no other place, so a listener that sends them must keep them out of anything it stores once sent.
 *
 * @param setupId the setup's id: one message per setup
 * @param link the address that opens the page to choose a password
 * @param code the short code to type with the username on the page {@code setupPage}
 */
public record AccountSetupIssued(long setupId, long officerId, String username, String mobile, SetupReason reason,
		String link, String code, String setupPage, Instant expiresAt) {

	/** Why a password is to be set. */
	public enum SetupReason {

		/** A new officer's first sign-in. */
		CREATED,
		/** An administrator made the current password unusable. */
		RESET,
		/** The first administrator of a new installation, named in the start-up properties. */
		BOOTSTRAP;

		/** As the record of administration says it, in words rather than the constant's name. */
		public String words() {
			return switch (this) {
				case CREATED -> "new officer";
				case RESET -> "reset by an administrator";
				case BOOTSTRAP -> "first administrator";
			};
		}
	}
}
