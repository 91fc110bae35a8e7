/**
 * The complainant's word after a disposal, and what follows from it. Each disposal asks the
 * complainant at once by an SMS link usable once; the feedback desk, outside the enquiry
 * officer's chain, works a call list of those not yet answered. Satisfied closes the complaint,
 * dissatisfied reopens it for a supervisor to give to a different officer, and the reopen counts
 * against the officer whose disposal failed; a complainant not reached after the configured calls
 * on different days is closed without feedback. A closed complaint may be appealed once, within
 * the window, to the ASP or SP. Every day a few disposals per district are drawn at random for a
 * senior officer's audit call. Statuses change only through {@link org.samadhan.complaint.Complaints};
 * this module keeps the calls, links, answers, reopens, appeals and audits.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint", "enquiry" })
package org.samadhan.feedback;
