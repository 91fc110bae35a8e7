package org.samadhan.jurisdiction.internal;

import java.time.LocalDate;
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
				       station_id, number, note, latitude, longitude, closed_on, version
				from jurisdiction_unit""")
			.query((rs, n) -> new Unit(rs.getLong("id"), rs.getString("code"), UnitKind.valueOf(rs.getString("kind")),
					rs.getString("name_en"), rs.getString("name_hi"), rs.getObject("parent_id", Long.class),
					rs.getObject("zone_id", Long.class), rs.getObject("range_id", Long.class),
					rs.getObject("district_id", Long.class), rs.getObject("circle_id", Long.class),
					rs.getObject("station_id", Long.class), rs.getInt("number"), rs.getString("note"),
					rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
					rs.getObject("closed_on", LocalDate.class), rs.getInt("version")))
			.list();
	}

	public boolean exists(long id) {
		return jdbc.sql("select count(*) from jurisdiction_unit where id = ?").param(id).query(Long.class).single() > 0;
	}

	/** Moves with every change of a unit, on any instance. */
	public long revision() {
		return jdbc.sql("select revision from jurisdiction_revision where id = 1").query(Long.class).single();
	}

	public long nextId() {
		return jdbc.sql("select nextval('jurisdiction_unit_serial')").query(Long.class).single();
	}

	public boolean codeTaken(String code) {
		return jdbc.sql("select count(*) from jurisdiction_unit where upper(code) = upper(?)")
			.param(code)
			.query(Long.class)
			.single() > 0;
	}

	public void insert(Unit u) {
		jdbc.sql("""
				insert into jurisdiction_unit (id, code, kind, name_en, name_hi, parent_id, zone_id, range_id, district_id,
				                               circle_id, station_id, number, note, latitude, longitude, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, null, ?, ?, 1)""")
			.params(u.id(), u.code(), u.kind().name(), u.nameEn(), u.nameHi(), u.parentId(), u.zoneId(), u.rangeId(),
					u.districtId(), u.circleId(), u.stationId(), u.latitude(), u.longitude())
			.update();
		bumpRevision();
	}

	/** New names and position, if the unit is still at {@code version}; answers whether it was. */
	public boolean change(long id, int version, String nameEn, String nameHi, Double latitude, Double longitude) {
		int rows = jdbc.sql("""
				update jurisdiction_unit set name_en = ?, name_hi = ?, latitude = ?, longitude = ?, version = version + 1
				where id = ? and version = ?""")
			.params(nameEn, nameHi, latitude, longitude, id, version)
			.update();
		if (rows > 0) {
			bumpRevision();
		}
		return rows > 0;
	}

	/** Closes the unit on {@code day}, if still open and at {@code version}; answers whether it was. */
	public boolean close(long id, int version, LocalDate day) {
		int rows = jdbc.sql("""
				update jurisdiction_unit set closed_on = ?, version = version + 1
				where id = ? and version = ? and closed_on is null""")
			.params(day, id, version)
			.update();
		if (rows > 0) {
			bumpRevision();
		}
		return rows > 0;
	}

	private void bumpRevision() {
		jdbc.sql("update jurisdiction_revision set revision = revision + 1 where id = 1").update();
	}
}
