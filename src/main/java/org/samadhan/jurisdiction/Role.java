package org.samadhan.jurisdiction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
	/**
	 * Keeps the units, officers and postings: posted at a district (the SP's office), that district's;
	 * posted at the state, every district's, and sees which districts are not yet staffed.
	 */
	ADMIN,
	/**
	 * Range (DIG), zone (IG) or state supervision: reads the dashboards, lists and rankings of the
	 * districts the posting covers, and changes nothing.
	 */
	SUPERVISOR,
	/** Not held by officers: a member of the public acting on their own complaint. */
	CITIZEN,
	/** Not held by officers: Samadhan itself, for automatic routing. */
	SYSTEM;

	/**
	 * A station's chain: its SHO, then the officers above who may act in the SHO's place (assign,
	 * send back, hand an enquiry over) when the post is vacant or the case calls for it.
	 */
	public static final List<Role> STATION_CHAIN = List.of(SHO, CO, ASP, SP);

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

	/**
	 * Whether an officer posted at a unit of this kind can hold this role: an IO at a beat, outpost
	 * or station, an SHO at a station, a CO at a circle, the district's leadership and staff at the
	 * district (the IGRS cell, operators, feedback desk and administrators also at the state, a
	 * front desk at a station), supervisors at a range, zone or the state.
	 */
	public boolean canBeHeldAt(UnitKind kind) {
		return postsOf(this).contains(kind);
	}

	/** Whether an administrator may post an officer with this role at a unit of {@code kind}. */
	public boolean canBePostedAt(UnitKind kind) {
		return isOfficerRole() && canBeHeldAt(kind);
	}

	private static Set<UnitKind> postsOf(Role role) {
		return switch (role) {
			case IO -> EnumSet.of(UnitKind.BEAT, UnitKind.OUTPOST, UnitKind.STATION);
			case SHO -> EnumSet.of(UnitKind.STATION);
			case CO -> EnumSet.of(UnitKind.CIRCLE);
			case ASP, SP -> EnumSet.of(UnitKind.DISTRICT);
			case IGRS_CELL, FEEDBACK_DESK, ADMIN -> EnumSet.of(UnitKind.DISTRICT, UnitKind.STATE);
			case OPERATOR -> EnumSet.of(UnitKind.STATION, UnitKind.DISTRICT, UnitKind.STATE);
			case SUPERVISOR -> EnumSet.of(UnitKind.RANGE, UnitKind.ZONE, UnitKind.STATE);
			case CITIZEN, SYSTEM -> EnumSet.noneOf(UnitKind.class);
		};
	}

	/** Whether this role can be given to an officer. */
	public boolean isOfficerRole() {
		return this != CITIZEN && this != SYSTEM;
	}
}
