package org.samadhan.shared;

import java.util.List;

/**
 * A rule of the process refused the request, for the reasons listed: for example a report
 * without a site visit. Each reason is one thing the person must do first.
 */
public class PolicyRefusal extends SamadhanException {

	private final List<Reason> reasons;

	public PolicyRefusal(String messageKey, List<Reason> reasons) {
		super(messageKey);
		this.reasons = List.copyOf(reasons);
	}

	public PolicyRefusal(String messageKey, Reason reason) {
		this(messageKey, List.of(reason));
	}

	@Override
	public List<Reason> reasons() {
		return reasons;
	}

	/** Whether one of the refusal's reasons has this code. */
	public static boolean names(PolicyRefusal refusal, String reasonCode) {
		return refusal.reasons().stream().anyMatch(r -> reasonCode.equals(r.code()));
	}
}
