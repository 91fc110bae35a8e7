/**
 * The enquiry: what the investigating officer really did. Contacts with the complainant, site
 * visits with the device's time and position and photos, statements, and the report (आख्या).
 * A report is accepted only when the record shows the work the SP demands (named
 * {@link org.samadhan.enquiry.SubmissionPolicy policies}, each refusing with a reason a person can
 * read); a disposal made only on paper cannot be filed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint", "attachment" })
package org.samadhan.enquiry;
