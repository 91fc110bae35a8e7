package org.samadhan.feedback;

/** The ASP or SP decided a citizen's appeal: the closure stands, or the complaint is reopened. */
public record AppealDecided(long complaintId, String reference, String mobile, boolean reopened, long appealId) {
}
