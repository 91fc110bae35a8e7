package org.samadhan.deadline;

import java.time.Instant;
import java.util.List;

/**
 * What one batch of the sweep decided, published once in the batch's transaction: the limits that
 * end soon, the limits that passed, the stages escalated. A batch holds hundreds of complaints, and
 * its listeners (the officers' messages, the read model) write each kind as one set instead of a
 * statement per complaint. Each item carries what a listener needs, so none reads the complaint back.
 */
public record DeadlinesSwept(Instant at, List<DeadlineNear> warnings, List<ComplaintDefaulted> defaults,
		List<ComplaintEscalated> escalations) {

	public DeadlinesSwept {
		warnings = List.copyOf(warnings);
		defaults = List.copyOf(defaults);
		escalations = List.copyOf(escalations);
	}

	public boolean isEmpty() {
		return warnings.isEmpty() && defaults.isEmpty() && escalations.isEmpty();
	}
}
