package org.samadhan.scrutiny;

import java.util.List;

/** A filed report was checked; {@code flags} are the codes its check raised (empty: none). */
public record ReportChecked(long complaintId, long reportId, List<FlagCode> flags) {
}
