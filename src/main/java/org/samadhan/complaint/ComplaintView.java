package org.samadhan.complaint;

import java.time.Instant;

import org.samadhan.jurisdiction.Placement;
import org.samadhan.jurisdiction.Role;

/**
 * A complaint as other modules and the API read it. {@code suggestedStationId} is the station named
 * at filing (a suggestion for the IGRS cell, of the complaint's district), null when none was.
 */
public record ComplaintView(long id, String reference, ComplaintStatus status, int version, Channel channel,
		Category category, Person complainant, Person victim, String description, Incident incident, Placement placement,
		Long enquiryOfficerId, Role awaitingRole, int returnCount, int reopenCount, String outsideOffice,
		Instant registeredAt, Instant updatedAt, Due due, Long suggestedStationId) {

	static ComplaintView of(Complaint c) {
		return new ComplaintView(c.id(), c.reference().value(), c.status(), c.version(), c.channel(), c.category(),
				c.complainant(), c.victim(), c.description(), c.incident(), c.placement(), c.enquiryOfficerId(),
				c.awaitingRole(), c.returnCount(), c.reopenCount(), c.outsideOffice(), c.registeredAt(), c.updatedAt(),
				c.due(), c.suggestedStationId());
	}

	/** The same complaint showing another due date. */
	ComplaintView withDue(Due shown) {
		return new ComplaintView(id, reference, status, version, channel, category, complainant, victim, description,
				incident, placement, enquiryOfficerId, awaitingRole, returnCount, reopenCount, outsideOffice, registeredAt,
				updatedAt, shown, suggestedStationId);
	}
}
