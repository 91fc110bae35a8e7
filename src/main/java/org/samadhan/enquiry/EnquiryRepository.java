package org.samadhan.enquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The enquiry's tables; rows are only ever added. */
@Repository
class EnquiryRepository {

	private final JdbcClient jdbc;

	EnquiryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long addContact(long complaintId, long officerId, Instant contactedAt, ContactMode mode, ContactOutcome outcome,
			String note, Instant now) {
		return insert("""
				insert into enquiry_contact (complaint_id, officer_id, contacted_at, mode, outcome, note, recorded_at)
				values (:complaint, :officer, :at, :mode, :outcome, :note, :now)""",
				Map.of("complaint", complaintId, "officer", officerId, "at", SqlTime.param(contactedAt), "mode", mode.name(),
						"outcome", outcome.name(), "now", SqlTime.param(now)),
				"note", note);
	}

	long addVisit(long complaintId, long officerId, Instant visitedAt, double latitude, double longitude,
			Double accuracy, String note, Instant now) {
		Map<String, Object> params = new HashMap<>(Map.of("complaint", complaintId, "officer", officerId, "at",
				SqlTime.param(visitedAt), "lat", latitude, "lon", longitude, "now", SqlTime.param(now)));
		params.put("accuracy", accuracy);
		return insert("""
				insert into enquiry_site_visit (complaint_id, officer_id, visited_at, latitude, longitude, accuracy_m,
				                                note, recorded_at)
				values (:complaint, :officer, :at, :lat, :lon, :accuracy, :note, :now)""", params, "note", note);
	}

	/** When the visit was made, if it is one of the complaint's. */
	Optional<Instant> visitTime(long visitId, long complaintId) {
		return jdbc.sql("select visited_at from enquiry_site_visit where id = ? and complaint_id = ?")
			.params(visitId, complaintId)
			.query((rs, n) -> SqlTime.read(rs, "visited_at"))
			.optional();
	}

	/** The officer's visits in every complaint from {@code from} to {@code to}, in time order. */
	List<LoggedVisit> visitsBy(long officerId, Instant from, Instant to, int limit) {
		return jdbc.sql("""
				select id, complaint_id, visited_at, latitude, longitude, accuracy_m from enquiry_site_visit
				where officer_id = ? and visited_at >= ? and visited_at <= ?
				order by visited_at, id limit ?""")
			.params(officerId, SqlTime.param(from), SqlTime.param(to), limit)
			.query((rs, n) -> new LoggedVisit(rs.getLong("id"), rs.getLong("complaint_id"), officerId,
					SqlTime.read(rs, "visited_at"), rs.getDouble("latitude"), rs.getDouble("longitude"),
					rs.getObject("accuracy_m", Double.class)))
			.list();
	}

	void addVisitPhoto(long visitId, String attachmentId) {
		jdbc.sql("insert into enquiry_visit_photo (visit_id, attachment_id) values (?, ?)")
			.params(visitId, attachmentId)
			.update();
	}

	long addStatement(long complaintId, long officerId, Party party, String personName, String text, Instant now) {
		return insert("""
				insert into enquiry_statement (complaint_id, officer_id, party, person_name, text, recorded_at)
				values (:complaint, :officer, :party, :person, :text, :now)""",
				Map.of("complaint", complaintId, "officer", officerId, "party", party.name(), "person", personName,
						"now", SqlTime.param(now)),
				"text", text);
	}

	/** A scan is attached once; a statement that has one keeps it (the record is not rewritten). */
	boolean attachScan(long statementId, long complaintId, String attachmentId) {
		return jdbc.sql("""
				update enquiry_statement set attachment_id = ?
				where id = ? and complaint_id = ? and attachment_id is null""")
			.params(attachmentId, statementId, complaintId)
			.update() == 1;
	}

	long addReport(long complaintId, long authorId, ReportDraft draft, Instant now) {
		Map<String, Object> params = new HashMap<>(Map.of("complaint", complaintId, "author", authorId, "findings",
				draft.findings(), "action", draft.actionTaken().name(), "now", SqlTime.param(now)));
		params.put("detail", draft.actionDetail());
		params.put("fir", draft.firNumber());
		params.put("hearing", draft.nextHearingOn());
		return insert("""
				insert into enquiry_report (complaint_id, author_id, findings, action_taken, action_detail, fir_number,
				                            next_hearing_on, submitted_at)
				values (:complaint, :author, :findings, :action, :detail, :fir, :hearing, :now)""", params, null, null);
	}

	EnquiryFile file(long complaintId) {
		EnquiryFile work = work(complaintId);
		return new EnquiryFile(work.contacts(), work.visits(), work.statements(), reports(complaintId));
	}

	/**
	 * The work recorded (contacts, site visits with their photos, statements) without the reports:
	 * what a report must rest on, read in three statements.
	 */
	EnquiryFile work(long complaintId) {
		List<EnquiryFile.Contact> contacts = jdbc
			.sql("select * from enquiry_contact where complaint_id = ? order by contacted_at, id")
			.param(complaintId)
			.query((rs, n) -> new EnquiryFile.Contact(rs.getLong("id"), rs.getLong("officer_id"),
					SqlTime.read(rs, "contacted_at"), ContactMode.valueOf(rs.getString("mode")),
					ContactOutcome.valueOf(rs.getString("outcome")), rs.getString("note"), SqlTime.read(rs, "recorded_at")))
			.list();
		// one row per visit and photo (a visit without a photo: one row, no attachment)
		Map<Long, EnquiryFile.SiteVisit> visits = new LinkedHashMap<>();
		jdbc.sql("""
				select v.*, p.attachment_id from enquiry_site_visit v
				left join enquiry_visit_photo p on p.visit_id = v.id
				where v.complaint_id = ? order by v.visited_at, v.id, p.attachment_id""")
			.param(complaintId)
			.query(rs -> {
				long id = rs.getLong("id");
				EnquiryFile.SiteVisit visit = visits.get(id);
				if (visit == null) {
					visit = new EnquiryFile.SiteVisit(id, rs.getLong("officer_id"), SqlTime.read(rs, "visited_at"),
							rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getObject("accuracy_m", Double.class),
							rs.getString("note"), SqlTime.read(rs, "recorded_at"), new ArrayList<>());
					visits.put(id, visit);
				}
				if (rs.getString("attachment_id") != null) {
					visit.photoIds().add(rs.getString("attachment_id"));
				}
			});
		List<EnquiryFile.SiteVisit> visitList = visits.values()
			.stream()
			.map(v -> new EnquiryFile.SiteVisit(v.id(), v.officerId(), v.visitedAt(), v.latitude(), v.longitude(),
					v.accuracyMeters(), v.note(), v.recordedAt(), List.copyOf(v.photoIds())))
			.toList();
		List<EnquiryFile.Statement> statements = jdbc
			.sql("select * from enquiry_statement where complaint_id = ? order by id")
			.param(complaintId)
			.query((rs, n) -> new EnquiryFile.Statement(rs.getLong("id"), rs.getLong("officer_id"),
					Party.valueOf(rs.getString("party")), rs.getString("person_name"), rs.getString("text"),
					rs.getString("attachment_id"), SqlTime.read(rs, "recorded_at")))
			.list();
		return new EnquiryFile(contacts, visitList, statements, List.of());
	}

	List<EnquiryFile.Report> reports(long complaintId) {
		return jdbc.sql("select * from enquiry_report where complaint_id = ? order by id")
			.param(complaintId)
			.query((rs, n) -> new EnquiryFile.Report(rs.getLong("id"), rs.getLong("author_id"), rs.getString("findings"),
					ActionTaken.valueOf(rs.getString("action_taken")), rs.getString("action_detail"),
					rs.getString("fir_number"), rs.getObject("next_hearing_on", java.time.LocalDate.class),
					SqlTime.read(rs, "submitted_at")))
			.list();
	}

	Optional<EnquiryFile.Report> latestReport(long complaintId) {
		List<EnquiryFile.Report> all = reports(complaintId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	private long insert(String sql, Map<String, Object> params, String nullableName, Object nullableValue) {
		KeyHolder keys = new GeneratedKeyHolder();
		JdbcClient.StatementSpec spec = jdbc.sql(sql).params(params);
		if (nullableName != null) {
			spec = spec.param(nullableName, nullableValue);
		}
		spec.update(keys, "id");
		return keys.getKey().longValue();
	}


}
