package org.samadhan.jurisdiction;

import java.util.List;

/** What an officer may do. An officer may hold several roles at one posting. */
public enum Role {

	/** Helpline, IGRS cell or thana front desk: enters complaints received off-line. */
	OPERATOR,
	/** Staff of the SP office's IGRS cell: marks unmarked complaints to stations, transfers. */
	IGRS_CELL,
	/** Station house officer (thana prabhari): assigns to an IO, reviews reports first. */
	SHO,
	/** Investigating officer, a halka or chowki in-charge: does the enquiry, files the report. */
	IO,
	/** Circle officer: supervises the stations of a circle, reviews and grades reports. */
	CO,
	/** Additional SP, the district's nodal officer for IGRS: final approval, special closures. */
	ASP,
	/** Superintendent of police: district leadership, may do anything the ASP does. */
	SP,
	/** Calls complainants after disposal; outside the IO's chain. */
	FEEDBACK_DESK,
	/** Keeps the officer list and postings. */
	ADMIN,
	/** Not held by officers: a member of the public acting on their own complaint. */
	CITIZEN,
	/** Not held by officers: Samadhan itself, for automatic routing. */
	SYSTEM;

	/** Seniority of the roles that write or review reports, junior first. */
	private static final List<Role> CHAIN_OF_COMMAND = List.of(IO, SHO, CO, ASP, SP);

	/** Whether this role writes or reviews reports in the chain of command (IO → SHO → CO → ASP → SP). */
	public boolean inChainOfCommand() {
		return CHAIN_OF_COMMAND.contains(this);
	}

	/** Whether this role stands below {@code other} in the chain of command. */
	public boolean isJuniorTo(Role other) {
		return inChainOfCommand() && other.inChainOfCommand()
				&& CHAIN_OF_COMMAND.indexOf(this) < CHAIN_OF_COMMAND.indexOf(other);
	}

	/** Whether this role can be given to an officer. */
	public boolean isOfficerRole() {
		return this != CITIZEN && this != SYSTEM;
	}
}
