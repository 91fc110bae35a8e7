package org.samadhan.complaint;

/** A complainant or victim as the complaint names them. */
public record Person(String name, String mobile, String address, String email) {

	/** The mobile with all but the last four digits hidden, as shown to officers outside the chain. */
	public String maskedMobile() {
		return mobile == null || mobile.length() < 4 ? "" : "******" + mobile.substring(mobile.length() - 4);
	}
}
