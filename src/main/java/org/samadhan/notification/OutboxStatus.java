package org.samadhan.notification;

/** Where a message in the outbox stands. */
public enum OutboxStatus {

	/** Waiting to be sent at its next attempt time. */
	PENDING,
	/** Claimed by an instance that is sending it; due again if its lease runs out. */
	SENDING,
	/** The gateway accepted it. */
	SENT,
	/** No gateway is configured (the demo): kept for the admin to read, not sent. */
	RECORDED,
	/** Refused by the gateway, out of attempts, or with no address to send to. */
	FAILED
}
