package org.samadhan.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samadhan.complaint.Complaints;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the module offers people: the admin's view of the outbox, where the demo (no gateway
 * configured) keeps every message it would have sent. The outbox holds mobile numbers, e-mail
 * addresses and what was said to them, so nobody but an administrator reads it. Even they read a
 * one-time code or feedback link only in a message the demo recorded instead of sending: one still
 * waiting for its (re)try is shown masked, or the admin could use it to read a citizen's complaint
 * or answer for them.
 */
@Service
public class Notifications {

	private final JdbcClient jdbc;

	private final Complaints complaints;

	Notifications(JdbcClient jdbc, Complaints complaints) {
		this.jdbc = jdbc;
		this.complaints = complaints;
	}

	@Transactional(readOnly = true)
	public OutboxPage outbox(OutboxQuery query, Actor actor) {
		if (!actor.holds(Role.ADMIN)) {
			throw new ForbiddenActionException("outbox.admin-only");
		}
		if (query.page() > OutboxQuery.MAX_PAGE) {
			return new OutboxPage(List.of(), query.page(), query.size(), false);
		}
		StringBuilder sql = new StringBuilder("""
				select id, channel, recipient, template, locale, subject,
				    case when status = 'RECORDED' then body else coalesce(redacted_body, body) end as body,
				    complaint_id, status, attempts,
				    next_attempt_at, claimed_by, claimed_until, last_error, created_at, sent_at
				from notification_outbox where 1 = 1""");
		Map<String, Object> params = new HashMap<>();
		if (query.status() != null) {
			sql.append(" and status = :status");
			params.put("status", query.status().name());
		}
		if (query.recipient() != null) {
			sql.append(" and recipient = :recipient");
			params.put("recipient", query.recipient());
		}
		if (query.complaintReference() != null) {
			Long complaintId = complaintId(query.complaintReference());
			if (complaintId == null) {
				return new OutboxPage(List.of(), query.page(), query.size(), false);
			}
			sql.append(" and complaint_id = :complaint");
			params.put("complaint", complaintId);
		}
		sql.append(" order by id desc limit :limit offset :offset");
		params.put("limit", query.size() + 1);
		params.put("offset", (long) query.page() * query.size());
		List<OutboxEntry> rows = jdbc.sql(sql.toString()).params(params).query(Notifications::entry).list();
		boolean more = rows.size() > query.size();
		List<OutboxEntry> page = withReferences(more ? rows.subList(0, query.size()) : rows);
		return new OutboxPage(page, query.page(), query.size(), more);
	}

	private Long complaintId(String reference) {
		try {
			return complaints.describe(ReferenceNumber.parse(reference)).id();
		}
		catch (NotFoundException unknown) {
			return null;
		}
	}

	private List<OutboxEntry> withReferences(List<OutboxEntry> rows) {
		Map<Long, String> references = new HashMap<>();
		List<OutboxEntry> named = new ArrayList<>();
		for (OutboxEntry row : rows) {
			if (row.complaintId() == null) {
				named.add(row);
				continue;
			}
			String reference = references.computeIfAbsent(row.complaintId(), this::referenceOf);
			named.add(row.withComplaintReference(reference));
		}
		return named;
	}

	private String referenceOf(long complaintId) {
		try {
			return complaints.describe(complaintId).reference();
		}
		catch (NotFoundException gone) {
			return null;
		}
	}

	private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
		long complaint = rs.getLong("complaint_id");
		Long complaintId = rs.wasNull() ? null : complaint;
		return new OutboxEntry(rs.getLong("id"), rs.getString("channel"), rs.getString("recipient"),
				rs.getString("template"), rs.getString("locale"), rs.getString("subject"), rs.getString("body"),
				complaintId, null, OutboxStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), SqlTime.read(rs, "next_attempt_at"), rs.getString("claimed_by"),
				SqlTime.read(rs, "claimed_until"), rs.getString("last_error"), SqlTime.read(rs, "created_at"),
				SqlTime.read(rs, "sent_at"));
	}
}
