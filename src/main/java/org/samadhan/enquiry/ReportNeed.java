package org.samadhan.enquiry;

import org.samadhan.shared.SamadhanException.Reason;

/**
 * One piece of work a report needs, as a submission policy finds it in the enquiry file: a name a
 * person reads on the checklist ({@code labelKey}), and, while the work is not done, the reason a
 * refusal gives. The checklist and the refusal read the same list, so they cannot disagree.
 */
public record ReportNeed(String labelKey, Reason missing) {

	static ReportNeed done(String labelKey) {
		return new ReportNeed(labelKey, null);
	}

	public boolean isDone() {
		return missing == null;
	}
}
