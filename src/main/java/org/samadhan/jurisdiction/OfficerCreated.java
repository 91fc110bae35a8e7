package org.samadhan.jurisdiction;

import java.time.Instant;

/**
 * A new officer was created, with no password: they are to be sent a one-time link to set their
 * own (to their mobile; the record of it goes under their posting). Published in the transaction
 * that creates them.
 */
public record OfficerCreated(long officerId, String username, String name, String mobile, Unit posting, Actor by,
		Instant at) {
}
