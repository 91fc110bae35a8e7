package org.samadhan.jurisdiction;

/** The kinds of administrative change the record keeps. */
public enum AdminAction {

	UNIT_CREATED, UNIT_CHANGED, UNIT_CLOSED,
	OFFICER_CREATED, OFFICER_CHANGED, OFFICER_POSTED, OFFICER_TRANSFERRED, ROLES_CHANGED, OFFICER_SUSPENDED,
	OFFICER_DEACTIVATED, OFFICER_REINSTATED,
	/** A one-time link or code to set a password was issued (first sign-in, or after a forced reset). */
	ACCOUNT_SETUP_ISSUED,
	/** The officer set their password with the one-time link or code. */
	PASSWORD_SET,
	/** The officer changed their own password. */
	PASSWORD_CHANGED,
	/** An administrator made the officer set a new password. */
	PASSWORD_RESET_FORCED,
	/** Too many wrong passwords: the account (or an address) was locked for a while. */
	ACCOUNT_LOCKED,
	/** An administrator lifted a lock before it ran out. */
	ACCOUNT_UNLOCKED,
	/** A district's units and officers were set up from an uploaded file. */
	BULK_SETUP_APPLIED,
	/** A transfer list was applied. */
	TRANSFER_LIST_APPLIED
}
