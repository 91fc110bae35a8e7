/**
 * The channels that create complaints: a citizen on the portal, an operator entering one received
 * by phone, post, in person or at a hearing. Intake enforces the ten-a-month rule per mobile
 * number and makes a retried submit with the same idempotency key return the first complaint.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint", "attachment" })
package org.samadhan.intake;
