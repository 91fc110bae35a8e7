package org.samadhan.jurisdiction;

/** Whether an officer may sign in and act. */
public enum OfficerStatus {

	/** Serving, and may sign in; holds a posting. */
	ACTIVE,
	/** Suspended: may not sign in and holds no posting; a new posting reinstates them. */
	SUSPENDED,
	/** Left the service (retired, dismissed, died) or the account was closed: may not sign in. */
	DEACTIVATED
}
