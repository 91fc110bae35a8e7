package org.samadhan.jurisdiction;

import java.time.Instant;

/** One row of the record of administration: who changed what, when. */
public record AdminChange(long id, Instant at, Long actorOfficerId, String actorName, AdminAction action,
		Long districtId, Long unitId, Long officerId, String details) {
}
