package org.samadhan.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a complainant sees of their own complaint: where it is and the public part of its history
 * (what happened and when; no officer's name and no internal reason). The id is for the modules
 * that add what else the complainant may see (the action the report took); it is never shown.
 */
public record CitizenView(long id, String reference, ComplaintStatus status, String categoryCode, Channel channel,
		long districtId, Long stationId, String outsideOffice, Instant registeredAt, LocalDate dueOn,
		boolean clockPaused, List<Step> timeline) {

	/** One public step of the timeline. */
	public record Step(Instant at, ComplaintAction action, ComplaintStatus status) {
	}
}
