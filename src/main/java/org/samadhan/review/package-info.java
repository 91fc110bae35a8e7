/**
 * Review of reports, level by level up the configured chain (SHO, CO, nodal ASP by default): each
 * level approves with a grade (A, B or C) or returns with a written reason; the author never
 * reviews. Special closure of a prohibited subject needs its evidence and the L-2 officer's
 * approval. A report the scrutiny module flagged is approved only with a written reason. The
 * complaint's status moves in the complaint module; this module keeps the decisions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "jurisdiction", "complaint", "enquiry", "attachment", "scrutiny" })
package org.samadhan.review;
