package org.samadhan.jurisdiction.internal;

import java.util.List;

import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnitRepository {

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Unit> findAll() {
		return jdbc.sql("""
				select id, code, kind, name_en, name_hi, parent_id, zone_id, range_id, district_id, circle_id,
				       station_id, number, note
				from jurisdiction_unit""")
			.query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("code"), UnitKind.valueOf(rs.getString("kind")),
					rs.getString("name_en"), rs.getString("name_hi"), rs.getObject("parent_id", Long.class),
					rs.getObject("zone_id", Long.class), rs.getObject("range_id", Long.class),
					rs.getObject("district_id", Long.class), rs.getObject("circle_id", Long.class),
					rs.getObject("station_id", Long.class), rs.getInt("number"), rs.getString("note")))
			.list();
	}
}
