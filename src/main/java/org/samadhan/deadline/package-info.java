/**
 * Time limits and their supervision. Each complaint gets a limit by channel (tightened by category),
 * counted in calendar or working days on a calendar of gazetted holidays, and a clock for each stage
 * of its handling; it follows the complaint's moves through
 * {@link org.samadhan.complaint.ComplaintStatusChanged}. A scheduled sweep, safe with several
 * instances on one database, warns the IO and SHO near the limit, escalates a stage that ran out
 * level by level up the chain of command, and marks a complaint past its limit a defaulter: facts in
 * the complaint's history, never statuses. The enquiry officer may ask to pause the clock for a
 * listed reason; a supervisor decides.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint",
		"enquiry" })
package org.samadhan.deadline;
