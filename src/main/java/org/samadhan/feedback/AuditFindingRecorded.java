package org.samadhan.feedback;

import java.util.List;

/**
 * A senior officer's audit call found the complainant dissatisfied with a disposal. It is flagged
 * to the district's SP ({@code spMobiles}); it does not reopen anything by itself.
 */
public record AuditFindingRecorded(long complaintId, String reference, long districtId, List<String> spMobiles,
		long auditId) {
}
