package org.samadhan.deadline;

import java.time.LocalDate;
import java.util.List;

/** The time limit of a complaint ends soon: its enquiry officer and SHO are to be warned, once per limit. */
public record DeadlineNear(long complaintId, String reference, LocalDate dueOn, int limitSeq,
		List<Recipient> recipients) {
}
