package org.samadhan.deadline;

import java.time.LocalDate;
import java.util.List;

/** The time limit passed before disposal: the complaint is a defaulter (डिफाल्टर). Once per limit. */
public record ComplaintDefaulted(long complaintId, String reference, LocalDate dueOn, int limitSeq,
		List<Recipient> recipients) {
}
