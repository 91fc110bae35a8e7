package org.samadhan.jurisdiction.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.AdminAction;
import org.samadhan.jurisdiction.AdminChange;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of administration: appended to, read back, never rewritten (the database refuses). */
@Repository
public class ChangeLog {

	private final JdbcClient jdbc;

	ChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(Actor actor, AdminAction action, Long districtId, Long unitId, Long officerId, String details,
			Instant at) {
		jdbc.sql("""
				insert into jurisdiction_change (occurred_at, actor_officer_id, actor_name, actor_posting_unit_id, action,
				                                 district_id, unit_id, officer_id, details)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(SqlTime.param(at), actor.officerId(), actor.name(), actor.postingId(), action.name(), districtId,
					unitId, officerId, details.length() > 4000 ? details.substring(0, 4000) : details)
			.update();
	}

	/**
	 * The newest changes first: of the given districts (null: every district and the state's own),
	 * optionally of one officer or one unit.
	 */
	public List<AdminChange> list(List<Long> districtIds, Long officerId, Long unitId, int limit, int offset) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (districtIds != null) {
			where.add("district_id in (:districts)");
			params.put("districts", districtIds.isEmpty() ? List.of(-1L) : districtIds);
		}
		if (officerId != null) {
			where.add("officer_id = :officer");
			params.put("officer", officerId);
		}
		if (unitId != null) {
			where.add("unit_id = :unit");
			params.put("unit", unitId);
		}
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql("select id, occurred_at, actor_officer_id, actor_name, action, district_id, unit_id, officer_id, "
				+ "details from jurisdiction_change" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by id desc limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new AdminChange(rs.getLong("id"), SqlTime.read(rs, "occurred_at"),
					rs.getObject("actor_officer_id", Long.class), rs.getString("actor_name"),
					AdminAction.valueOf(rs.getString("action")), rs.getObject("district_id", Long.class),
					rs.getObject("unit_id", Long.class), rs.getObject("officer_id", Long.class), rs.getString("details")))
			.list();
	}
}
