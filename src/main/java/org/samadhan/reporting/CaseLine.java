package org.samadhan.reporting;

import java.time.LocalDate;

import org.samadhan.complaint.Channel;
import org.samadhan.complaint.ComplaintStatus;

/**
 * One complaint in a list behind a figure: where it is, who holds it, how old it is, how it stands
 * against its limit, and what its review and feedback found.
 */
public record CaseLine(String reference, ComplaintStatus status, Channel channel, String categoryCode,
		UnitRef station, UnitRef officer, LocalDate registeredOn, long ageDays, CaseFilter.Age age, LocalDate dueOn,
		Long daysLeft, boolean nearDefault, boolean defaulter, int escalationLevel, int returns, int reopens,
		int flags, String grade, String feedback, LocalDate settledOn) {
}
