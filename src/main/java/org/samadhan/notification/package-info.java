/**
 * Messages to citizens and officers. It listens to events of other modules and sends through a
 * {@link org.samadhan.notification.SmsGateway}; nothing depends on it. The demo gateway writes
 * each message to the log. (Delivery with retries through an outbox comes with the deadlines
 * issue.)
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint", "deadline", "feedback" })
package org.samadhan.notification;
