package org.samadhan.complaint;

/** How a complaint reached the police. */
public enum Channel {

	/** The public web portal or app (IGRS / Jansunwai). */
	PORTAL(false),
	/** CM Helpline 1076. */
	HELPLINE_1076(false),
	/** The Chief Minister's office or Janata Darshan there. */
	CM_OFFICE(false),
	/** The SP's office. */
	SP_OFFICE(false),
	/** A thana or tehsil Samadhan Diwas (2nd and 4th Saturday): heard at the station itself. */
	SAMADHAN_DIWAS(true),
	/** A Janata Darshan (public hearing) by district officers. */
	JANATA_DARSHAN(false),
	/** The national portal, CPGRAMS. */
	NATIONAL_PORTAL(false),
	/** By post. */
	POST(false),
	/** By e-mail. */
	EMAIL(false),
	/** In person at a police station's front desk. */
	IN_PERSON(true);

	private final boolean heardAtStation;

	Channel(boolean heardAtStation) {
		this.heardAtStation = heardAtStation;
	}

	/** Whether a complaint by this channel goes straight to the station's inbox when the station is known. */
	public boolean routesToStation() {
		return heardAtStation;
	}
}
