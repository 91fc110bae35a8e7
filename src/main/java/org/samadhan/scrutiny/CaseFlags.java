package org.samadhan.scrutiny;

import java.util.List;

/**
 * A complaint's flags: those of the report under review (or last filed; null before any was
 * checked), and those of earlier rounds, each report computed afresh when it was filed.
 */
public record CaseFlags(ReportFlags current, List<ReportFlags> earlierRounds) {
}
