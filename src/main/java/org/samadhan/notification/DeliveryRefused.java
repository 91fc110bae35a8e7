package org.samadhan.notification;

/**
 * The gateway refused the message for good (e.g. HTTP 400: a malformed number, an unregistered
 * template); trying again would be refused the same way, so the message is marked FAILED at once.
 */
public class DeliveryRefused extends RuntimeException {

	public DeliveryRefused(String reason) {
		super(reason);
	}
}
