package org.samadhan.enquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.samadhan.complaint.ComplaintView;
import org.samadhan.shared.SamadhanException.Reason;

/**
 * One rule a report must pass before it can be filed: no disposal on paper. Each answers with
 * the pieces of work it asks for, done or still missing, so that a refusal lists every missing one
 * at once and the enquiry page shows the same list as a checklist before the report is written
 * (then there is no draft yet, and rules about the draft ask for nothing).
 */
interface SubmissionPolicy {

	List<ReportNeed> needs(ComplaintView complaint, EnquiryFile file, Optional<ReportDraft> draft);

	/** The rules every report must pass, in the order a refusal names them. */
	static List<SubmissionPolicy> all() {
		return List.of(new ReportNeedsReachingContact(), new ReportNeedsSiteVisitWithPhoto(),
				new ReportNeedsStatements(), new FirNeedsNumber());
	}

	/** What every rule asks of this complaint's report, in the order a refusal names them. */
	static List<ReportNeed> of(ComplaintView complaint, EnquiryFile file, Optional<ReportDraft> draft) {
		return all().stream().flatMap(policy -> policy.needs(complaint, file, draft).stream()).toList();
	}

	/** The reasons a refusal gives: the needs not yet met. */
	static List<Reason> missing(List<ReportNeed> needs) {
		return needs.stream().filter(need -> !need.isDone()).map(ReportNeed::missing).toList();
	}

	/** The officer must have reached the complainant (call or visit) at least once. */
	final class ReportNeedsReachingContact implements SubmissionPolicy {

		@Override
		public List<ReportNeed> needs(ComplaintView complaint, EnquiryFile file, Optional<ReportDraft> draft) {
			String label = "report.need.contact";
			return List.of(file.reachedComplainant() ? ReportNeed.done(label)
					: new ReportNeed(label, new Reason("CONTACT_MISSING", "report.missing.contact")));
		}
	}

	/** The officer must have visited the spot and photographed it. */
	final class ReportNeedsSiteVisitWithPhoto implements SubmissionPolicy {

		@Override
		public List<ReportNeed> needs(ComplaintView complaint, EnquiryFile file, Optional<ReportDraft> draft) {
			String label = "report.need.site-visit";
			if (file.visits().isEmpty()) {
				return List.of(new ReportNeed(label, new Reason("SITE_VISIT_MISSING", "report.missing.site-visit")));
			}
			boolean photographed = file.visits().stream().anyMatch(v -> !v.photoIds().isEmpty());
			return List.of(photographed ? ReportNeed.done(label)
					: new ReportNeed(label, new Reason("SITE_PHOTO_MISSING", "report.missing.site-photo")));
		}
	}

	/** The complainant's statement always; the opposite party's where the category has one. */
	final class ReportNeedsStatements implements SubmissionPolicy {

		@Override
		public List<ReportNeed> needs(ComplaintView complaint, EnquiryFile file, Optional<ReportDraft> draft) {
			List<ReportNeed> needs = new ArrayList<>();
			String complainant = "report.need.complainant-statement";
			needs.add(file.hasStatementOf(Party.COMPLAINANT) ? ReportNeed.done(complainant)
					: new ReportNeed(complainant,
							new Reason("COMPLAINANT_STATEMENT_MISSING", "report.missing.complainant-statement")));
			if (complaint.category().oppositePartyStatementRequired()) {
				String opposite = "report.need.opposite-party-statement";
				needs.add(file.hasStatementOf(Party.OPPOSITE_PARTY) ? ReportNeed.done(opposite)
						: new ReportNeed(opposite, new Reason("OPPOSITE_PARTY_STATEMENT_MISSING",
								"report.missing.opposite-party-statement")));
			}
			return needs;
		}
	}

	/** A report that says an FIR was registered must give its number. */
	final class FirNeedsNumber implements SubmissionPolicy {

		@Override
		public List<ReportNeed> needs(ComplaintView complaint, EnquiryFile file, Optional<ReportDraft> draft) {
			if (draft.isEmpty() || draft.get().actionTaken() != ActionTaken.FIR_REGISTERED) {
				return List.of();
			}
			String number = draft.get().firNumber();
			String label = "report.need.fir-number";
			return List.of(number != null && !number.isBlank() ? ReportNeed.done(label)
					: new ReportNeed(label, new Reason("FIR_NUMBER_MISSING", "report.missing.fir-number")));
		}
	}
}
