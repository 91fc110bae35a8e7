package org.samadhan.enquiry;

import java.util.List;
import java.util.ArrayList;

import org.samadhan.complaint.ComplaintView;
import org.samadhan.shared.SamadhanException.Reason;

/**
 * One rule a report must pass before it can be filed: no disposal on paper. Each answers with
 * the missing piece, so that a refusal lists every one at once.
 */
interface SubmissionPolicy {

	List<Reason> check(ComplaintView complaint, EnquiryFile file, ReportDraft draft);

	/** The rules every report must pass, in the order a refusal names them. */
	static List<SubmissionPolicy> all() {
		return List.of(new ReportNeedsReachingContact(), new ReportNeedsSiteVisitWithPhoto(),
				new ReportNeedsStatements(), new FirNeedsNumber());
	}

	/** The officer must have reached the complainant (call or visit) at least once. */
	final class ReportNeedsReachingContact implements SubmissionPolicy {

		@Override
		public List<Reason> check(ComplaintView complaint, EnquiryFile file, ReportDraft draft) {
			return file.reachedComplainant() ? List.of()
					: List.of(new Reason("CONTACT_MISSING", "report.missing.contact"));
		}
	}

	/** The officer must have visited the spot and photographed it. */
	final class ReportNeedsSiteVisitWithPhoto implements SubmissionPolicy {

		@Override
		public List<Reason> check(ComplaintView complaint, EnquiryFile file, ReportDraft draft) {
			if (file.visits().isEmpty()) {
				return List.of(new Reason("SITE_VISIT_MISSING", "report.missing.site-visit"));
			}
			boolean photographed = file.visits().stream().anyMatch(v -> !v.photoIds().isEmpty());
			return photographed ? List.of()
					: List.of(new Reason("SITE_PHOTO_MISSING", "report.missing.site-photo"));
		}
	}

	/** The complainant's statement always; the opposite party's where the category has one. */
	final class ReportNeedsStatements implements SubmissionPolicy {

		@Override
		public List<Reason> check(ComplaintView complaint, EnquiryFile file, ReportDraft draft) {
			List<Reason> missing = new ArrayList<>();
			if (!file.hasStatementOf(Party.COMPLAINANT)) {
				missing.add(new Reason("COMPLAINANT_STATEMENT_MISSING", "report.missing.complainant-statement"));
			}
			if (complaint.category().oppositePartyStatementRequired() && !file.hasStatementOf(Party.OPPOSITE_PARTY)) {
				missing.add(new Reason("OPPOSITE_PARTY_STATEMENT_MISSING", "report.missing.opposite-party-statement"));
			}
			return missing;
		}
	}

	/** A report that says an FIR was registered must give its number. */
	final class FirNeedsNumber implements SubmissionPolicy {

		@Override
		public List<Reason> check(ComplaintView complaint, EnquiryFile file, ReportDraft draft) {
			boolean missing = draft.actionTaken() == ActionTaken.FIR_REGISTERED
					&& (draft.firNumber() == null || draft.firNumber().isBlank());
			return missing ? List.of(new Reason("FIR_NUMBER_MISSING", "report.missing.fir-number"))
					: List.of();
		}
	}
}
