package org.samadhan.notification;

/**
 * Sends one text message to one Indian mobile number. A send that throws {@link DeliveryRefused}
 * is not tried again; any other exception is a failure to be retried later.
 */
public interface SmsGateway {

	void send(String mobile, String text);

	/**
	 * As {@link #send(String, String)}, with the name of the message's template and the outbox
	 * row's id, for gateways that want a registered template id or a reference of the sender's.
	 */
	default void send(String mobile, String text, String template, long messageId) {
		send(mobile, text);
	}

	/**
	 * Whether a message handed to this gateway reaches the phone. The demo's stand-in only writes
	 * to the log, so its messages are marked RECORDED rather than SENT.
	 */
	default boolean delivers() {
		return true;
	}
}
