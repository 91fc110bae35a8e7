package org.samadhan.complaint;

import java.time.Instant;
import java.time.LocalDate;

import org.samadhan.jurisdiction.Role;

/** One line of a complaint list. */
public record ComplaintSummary(String reference, ComplaintStatus status, String categoryCode, Channel channel,
		long districtId, Long stationId, Long enquiryOfficerId, Role awaitingRole, int returnCount,
		Instant registeredAt, LocalDate dueOn) {
}
