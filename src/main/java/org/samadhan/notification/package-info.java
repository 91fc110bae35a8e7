/**
 * Messages to citizens and officers. Other modules' events are heard by small listeners here,
 * which write each message to the outbox (table {@code notification_outbox}) in the transaction
 * of the change that causes it; the dispatcher delivers the outbox by SMS through an HTTP gateway
 * and by e-mail over SMTP, with retries, exactly once across instances (docs/adr/0006). With no
 * gateway configured (the demo) messages are recorded for the admin. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint", "deadline", "feedback", "review" })
package org.samadhan.notification;
