package org.samadhan.complaint;

/** A fact to record in a complaint's history without moving it (see {@link ComplaintAction#isFact()}). */
public record Fact(long complaintId, ComplaintAction action, String reason) {

	public Fact {
		if (!action.isFact()) {
			throw new IllegalArgumentException(action + " moves a complaint; use its verb");
		}
	}
}
