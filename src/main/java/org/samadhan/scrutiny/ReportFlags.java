package org.samadhan.scrutiny;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One filed report's flags as a reviewer reads them: each with its evidence in the reader's
 * language and the data behind it, and the overrides reviewers wrote for it.
 */
public record ReportFlags(long reportId, Instant checkedAt, List<Shown> flags, List<FlagOverride> overrides) {

	/** A flag: its code, the evidence as a sentence, and the figures behind it. */
	public record Shown(FlagCode code, String evidence, Map<String, Object> data) {
	}
}
