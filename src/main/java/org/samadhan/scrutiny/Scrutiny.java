package org.samadhan.scrutiny;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.Label;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SamadhanException.Reason;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the scrutiny module offers: a complaint's flags and repeat links, as the reader may see
 * them, and the rule that a flagged report is approved only with a written reason.
 */
@Service
@Transactional
public class Scrutiny {

	/** How many failed disposals a list shows, newest first. */
	private static final int LIST_LIMIT = 200;

	private final Complaints complaints;

	private final Jurisdiction jurisdiction;

	private final ScrutinyRepository repository;

	private final MessageSource messages;

	private final Clock clock;

	private final RepeatDetector repeatDetector;

	Scrutiny(Complaints complaints, Jurisdiction jurisdiction, ScrutinyRepository repository, MessageSource messages,
			Clock clock, RepeatDetector repeatDetector) {
		this.repeatDetector = repeatDetector;
		this.complaints = complaints;
		this.jurisdiction = jurisdiction;
		this.repository = repository;
		this.messages = messages;
		this.clock = clock;
	}

	/** The flags of the complaint's reports, for whoever may read its case file. */
	@Transactional(readOnly = true)
	public CaseFlags flags(ReferenceNumber reference, Actor actor) {
		return flagsOf(complaints.viewCaseFile(reference, actor).id(), actor);
	}

	/**
	 * The flags, for a module that has checked the reader may read the case file (the review module);
	 * another complaint a flag is about is named by reference only when the reader may see it.
	 */
	@Transactional(readOnly = true)
	public CaseFlags flagsOf(long complaintId, Actor actor) {
		List<ScrutinyRepository.CheckedReport> checks = repository.checks(complaintId);
		List<ScrutinyRepository.StoredOverride> overrides = repository.overrides(complaintId);
		List<ReportFlags> rounds = new ArrayList<>();
		for (ScrutinyRepository.CheckedReport check : checks) {
			rounds.add(new ReportFlags(check.reportId(), check.checkedAt(),
					check.flags().stream().map(f -> shown(f, actor)).toList(),
					overrides.stream().filter(o -> o.reportId() == check.reportId()).map(o -> o.override()).toList()));
		}
		if (rounds.isEmpty()) {
			return new CaseFlags(null, List.of());
		}
		List<ReportFlags> earlier = new ArrayList<>(rounds.subList(0, rounds.size() - 1));
		java.util.Collections.reverse(earlier);
		return new CaseFlags(rounds.get(rounds.size() - 1), earlier);
	}

	/**
	 * Refuses, before an approval moves anything, a flagged report approved without a written
	 * reason, listing its flags; answers the override the approval must record once it has moved
	 * (null when the current report carries no flag).
	 */
	public FlagsOverride checkApproval(long complaintId, String overrideReason, Actor actor) {
		List<ScrutinyRepository.CheckedReport> checks = repository.checks(complaintId);
		if (checks.isEmpty() || checks.get(checks.size() - 1).flags().isEmpty()) {
			return null;
		}
		ScrutinyRepository.CheckedReport current = checks.get(checks.size() - 1);
		if (overrideReason == null || overrideReason.isBlank()) {
			List<Reason> reasons = current.flags()
				.stream()
				.map(f -> new Reason(f.code().name(), f.messageKey(), arguments(f, actor)))
				.toList();
			throw new PolicyRefusal("scrutiny.override.reason-required", reasons);
		}
		return new FlagsOverride(complaintId, current.reportId(), overrideReason.strip(),
				current.flags().stream().map(Flag::code).toList());
	}

	/** Records, after the approval moved, that the reviewer at {@code level} approved over the flags, and why. */
	public void recordOverride(FlagsOverride override, Role level, Actor actor) {
		if (override == null) {
			return;
		}
		repository.saveOverride(override.complaintId(), override.reportId(), level, actor.officerId(),
				override.reason(), override.codes(), clock.instant().truncatedTo(ChronoUnit.MICROS));
		complaints.recordFact(override.complaintId(), ComplaintAction.FLAGS_OVERRIDDEN, actor, override.reason());
	}

	/** A reviewer's reason to approve a flagged report, checked and waiting to be recorded. */
	public record FlagsOverride(long complaintId, long reportId, String reason, List<FlagCode> codes) {
	}

	/** The complaint's repeat links (both ways), for whoever sees the complaint. */
	@Transactional(readOnly = true)
	public List<RepeatLink> repeats(ReferenceNumber reference, Actor actor) {
		return repeatsOf(complaints.view(reference, actor).id(), actor);
	}

	/** The repeat links of a complaint the caller has already found the reader may see. */
	@Transactional(readOnly = true)
	public List<RepeatLink> repeatsOf(long complaintId, Actor actor) {
		List<RepeatLink> links = new ArrayList<>();
		for (ScrutinyRepository.StoredLink link : repository.links(complaintId)) {
			boolean later = link.complaintId() == complaintId;
			long otherId = later ? link.earlierComplaintId() : link.complaintId();
			String other = later ? link.earlierReference() : link.reference();
			String shownOther = sees(otherId, actor) ? other : null;
			RepeatLink.Other role = later ? RepeatLink.Other.EARLIER : RepeatLink.Other.LATER;
			links.add(new RepeatLink(shownOther, role, link.reason(), link.similarity(), link.distanceMeters(),
					link.earlierStatus(), link.failedDisposal(), link.linkedAt(), summary(link, role, shownOther)));
		}
		return links;
	}

	/**
	 * Whether a complaint about to be entered would be linked as a repeat, and of what: asked by an
	 * operator (or the IGRS cell) while typing, with the mobile number, the description and the
	 * place so far. It writes nothing. As with the repeat links, the reader learns that a linked
	 * complaint exists, and its reference only when their posting lets them open it.
	 */
	@Transactional(readOnly = true)
	public RepeatPreview wouldRepeat(String mobile, String description, String incidentAddress, long districtId,
			Long stationId, Actor actor) {
		if (!actor.holds(Role.OPERATOR) && !actor.holds(Role.IGRS_CELL)) {
			throw new ForbiddenActionException("scrutiny.preview.role-required");
		}
		List<ComplaintView> earlier = repeatDetector.wouldLink(blankToNull(mobile), description, incidentAddress,
				districtId, stationId, clock.instant());
		// Only what the reader may open counts: otherwise typing any mobile number would tell a front
		// desk whether its owner has complained anywhere in the state.
		List<String> shown = earlier.stream().filter(c -> sees(c.id(), actor)).map(ComplaintView::reference).toList();
		return new RepeatPreview(shown);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * Disposals that failed, of complaints in the reader's posting (and those whose enquiry they
	 * held): for the reviewers of the officers who disposed of them. Newest first, at most 200.
	 */
	@Transactional(readOnly = true)
	public List<FailedDisposal> failedDisposals(Actor actor) {
		if (!actor.isOfficer()) {
			return List.of();
		}
		return repository.failedDisposals(jurisdiction.scopeOf(actor), LIST_LIMIT)
			.stream()
			.filter(link -> sees(link.earlierComplaintId(), actor))
			.map(link -> new FailedDisposal(link.earlierReference(), link.earlierStatus(), link.earlierOfficerId(),
					sees(link.complaintId(), actor) ? link.reference() : null, link.reason(), link.similarity(),
					link.linkedAt()))
			.toList();
	}

	private boolean sees(long complaintId, Actor actor) {
		return complaints.isVisibleTo(complaintId, actor);
	}

	private ReportFlags.Shown shown(Flag flag, Actor actor) {
		return new ReportFlags.Shown(flag.code(), text(flag.messageKey(), arguments(flag, actor)), data(flag, actor));
	}

	/** The flag's arguments, led by its other complaint as this reader may know it (see {@link Flag#OTHER_COMPLAINT_ID}). */
	private Object[] arguments(Flag flag, Actor actor) {
		Long other = flag.otherComplaintId();
		if (other == null) {
			return flag.arguments().toArray();
		}
		List<Object> arguments = new ArrayList<>();
		arguments.add(sees(other, actor)
				? text("scrutiny.other.complaint", new Object[] { flag.data().get(Flag.OTHER_REFERENCE) })
				: text("scrutiny.other.outside-posting", new Object[] { unitName(flag) }));
		arguments.addAll(flag.arguments());
		return arguments.toArray();
	}

	/** The flag's data without the other complaint's ids, and with its reference only for a reader who may see it. */
	private Map<String, Object> data(Flag flag, Actor actor) {
		Long other = flag.otherComplaintId();
		if (other == null) {
			return flag.data();
		}
		Map<String, Object> data = new LinkedHashMap<>(flag.data());
		data.remove(Flag.OTHER_COMPLAINT_ID);
		data.remove(Flag.OTHER_UNIT_ID);
		if (!sees(other, actor)) {
			data.remove(Flag.OTHER_REFERENCE);
			data.remove("otherAttachmentId");
			data.remove("otherVisitId");
			data.put("otherUnit", unitName(flag));
		}
		return data;
	}

	private String unitName(Flag flag) {
		Object unit = flag.data().get(Flag.OTHER_UNIT_ID);
		return unit instanceof Number id
				? jurisdiction.findUnit(id.longValue()).map(u -> u.name(LocaleContextHolder.getLocale())).orElse("?")
				: "?";
	}

	private String summary(ScrutinyRepository.StoredLink link, RepeatLink.Other role, String other) {
		String key = "scrutiny.repeat." + (link.reason().sameComplainant() ? "" : "related.")
				+ (role == RepeatLink.Other.EARLIER ? "of" : "by") + (link.failedDisposal() ? ".failed" : "");
		return text(key, new Object[] { other == null ? text("scrutiny.repeat.outside-posting", new Object[0]) : other,
				new Label("scrutiny.repeat.reason." + link.reason().name(), link.reason().name()),
				new Label("status." + link.earlierStatus().name(), link.earlierStatus().name()) });
	}

	private String text(String key, Object[] arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		Object[] resolved = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			resolved[i] = arguments[i] instanceof Label label ? messages.getMessage(label, locale) : arguments[i];
		}
		return messages.getMessage(key, resolved, key, locale);
	}
}
