/**
 * Scrutiny: signs that work exists only on paper. Each filed report is checked by named rules
 * (filed minutes after assignment, contact after the report or none that reached the complainant,
 * visit far from the incident, photo whose EXIF time or place disagrees with the logged visit,
 * text nearly identical to other reports of the officer or station, a hearing fixed for after
 * the report, the complainant's mobile missing or masked, a site photo already filed in another
 * complaint, the officer's own visits too far apart for the time between them); the flags are kept with their evidence
 * and a reviewer approves a flagged report only with a written reason. Each new complaint is
 * linked to earlier ones from the same mobile, or with near-identical text of many words about the
 * same place; a repeat from the same mobile about the same matter of a settled complaint marks the
 * first disposal as failed, a link from another mobile is only a hint. The complaint's and the
 * enquiry's events drive it; nothing here changes a complaint's status.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint", "enquiry", "attachment" })
package org.samadhan.scrutiny;
