package org.samadhan.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.HistoryEntry;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reopened complaints: a supervisor (CO or above who sees it) gives each to a different officer of
 * its station, and every reopen is counted against the officer whose disposal failed, for the
 * ranking. The complaint refuses an officer who held the enquiry before.
 */
@Service
@Transactional
public class Reopens {

	private static final Set<Role> SUPERVISORS = Set.of(Role.SHO, Role.CO, Role.ASP, Role.SP, Role.IGRS_CELL);

	/** Why a complaint was reopened. */
	public enum Cause {
		/** The complainant said they were dissatisfied (by the link or to the desk). */
		DISSATISFIED,
		/** The ASP or SP allowed the complainant's appeal against the closure. */
		APPEAL
	}

	private final Complaints complaints;

	private final Jurisdiction jurisdiction;

	private final FeedbackRepository repository;

	private final JdbcClient jdbc;

	Reopens(Complaints complaints, Jurisdiction jurisdiction, FeedbackRepository repository, JdbcClient jdbc) {
		this.complaints = complaints;
		this.jurisdiction = jurisdiction;
		this.repository = repository;
		this.jdbc = jdbc;
	}

	/** The officer holding the enquiry when it was reopened is the one whose disposal failed. */
	void record(long complaintId, Cause cause, Instant at) {
		ComplaintView complaint = complaints.describe(complaintId);
		repository.insert("""
				insert into feedback_reopen (complaint_id, officer_id, district_id, circle_id, station_id, cause, reopened_at)
				values (?, ?, ?, ?, ?, ?, ?)""", complaintId, complaint.enquiryOfficerId(),
				complaint.placement().districtId(), complaint.placement().circleId(),
				complaint.placement().stationId(), cause.name(), SqlTime.param(at));
	}

	/** A CO or above gives the reopened complaint to an officer of its station who has not held it. */
	public ComplaintView reassign(ReferenceNumber reference, long officerId, String note, Actor actor) {
		return complaints.reassign(reference, officerId, note, actor);
	}

	/** The investigating officers of the complaint's station who may take it: none who held it before. */
	@Transactional(readOnly = true)
	public List<Officer> candidates(ReferenceNumber reference, Actor actor) {
		ComplaintView complaint = complaints.view(reference, actor);
		if (complaint.status() != ComplaintStatus.REOPENED || complaint.placement().stationId() == null) {
			return List.of();
		}
		Set<Long> earlier = new HashSet<>();
		if (complaint.enquiryOfficerId() != null) {
			earlier.add(complaint.enquiryOfficerId());
		}
		complaints.historyOf(complaint.id())
			.stream()
			.map(HistoryEntry::handedTo)
			.filter(Objects::nonNull)
			.forEach(earlier::add);
		return jurisdiction.officersOfStation(complaint.placement().stationId(), Role.IO)
			.stream()
			.filter(o -> o.active() && !earlier.contains(o.id()))
			.toList();
	}

	/** Reopens per officer within the caller's posting, most first: for review meetings and rankings. */
	@Transactional(readOnly = true)
	public List<ReopenCount> countsInScope(Actor actor) {
		if (SUPERVISORS.stream().noneMatch(actor::holds)) {
			throw new ForbiddenActionException("feedback.reopens.role-required");
		}
		Scope scope = jurisdiction.scopeOf(actor);
		Map<String, Object> params = new LinkedHashMap<>();
		String where = scope.where(Scope.Columns.of("", "officer_id"), params);
		return counts(where, params);
	}

	/**
	 * Reopens per officer between two instants, unscoped, for modules that rank units and
	 * officers for Samadhan itself.
	 */
	@Transactional(readOnly = true)
	public List<ReopenCount> countsBetween(Instant from, Instant to) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("from", SqlTime.param(from));
		params.put("to", SqlTime.param(to));
		return counts("reopened_at >= :from and reopened_at < :to", params);
	}

	private List<ReopenCount> counts(String where, Map<String, Object> params) {
		List<ReopenCount> counts = new ArrayList<>();
		jdbc.sql("""
				select officer_id,
				       sum(case when cause = 'DISSATISFIED' then 1 else 0 end) as dissatisfied,
				       sum(case when cause = 'APPEAL' then 1 else 0 end) as appeal,
				       count(*) as total
				from feedback_reopen where officer_id is not null and\s""" + where
				+ " group by officer_id order by total desc, officer_id")
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong("officer_id"), rs.getLong("dissatisfied"), rs.getLong("appeal"),
					rs.getLong("total") })
			.list()
			.forEach(row -> {
				Officer officer = jurisdiction.findOfficer(row[0]).orElse(null);
				counts.add(new ReopenCount(row[0], officer == null ? null : officer.nameEn(),
						officer == null ? null : officer.nameHi(), row[1], row[2], row[3]));
			});
		return counts;
	}

	/** Reopens counted against one officer, by cause. */
	public record ReopenCount(long officerId, String nameEn, String nameHi, long dissatisfied, long onAppeal,
			long total) {
	}
}
