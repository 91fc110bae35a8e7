package org.samadhan.notification;

/** How an outbox message travels. */
enum OutboxChannel {
	SMS, EMAIL
}
