package db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.samadhan.shared.CsvTable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo district: Rampur's circles, stations, beats and outposts
 * ({@code data/demo/rampur-stations.csv}) and demo officers for every role, all with the
 * published demo password and flagged as demo accounts. Runs only in demo mode.
 */
public class V202611280101__demo_rampur extends BaseJavaMigration {

	/** Published in the README; a start outside demo mode refuses to run while these accounts are active. */
	public static final String DEMO_PASSWORD = "demo-only";

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		Unit district = unit(connection, "RAMPUR");
		long nextId = maxId(connection) + 1;
		Map<String, Long> circles = new LinkedHashMap<>();
		List<String[]> stationStaff = new ArrayList<>();
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into jurisdiction_unit (id, code, kind, name_en, name_hi, parent_id, zone_id, range_id,
				                               district_id, circle_id, station_id, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			for (Map<String, String> row : CsvTable.readResource("data/demo/rampur-stations.csv").rows()) {
				String circleCode = row.get("circle_code");
				if (!circles.containsKey(circleCode)) {
					long circleId = nextId++;
					circles.put(circleCode, circleId);
					add(insert, circleId, circleCode, "CIRCLE", "Circle " + row.get("circle_en"),
							"सर्किल " + row.get("circle_hi"), district.id, district, district.id, circleId, null, null);
					insert.executeBatch();
				}
				long circleId = circles.get(circleCode);
				long stationId = nextId++;
				String basis = row.get("circle_basis");
				add(insert, stationId, row.get("code"), "STATION", row.get("name_en"), row.get("name_hi"), circleId,
						district, district.id, circleId, stationId, basis.startsWith("DEMO") ? basis : null);
				String slug = row.get("code").substring("RAMPUR_".length()).toLowerCase().replace('_', '-');
				stationStaff.add(new String[] { "sho." + slug, row.get("name_en"), row.get("name_hi"), row.get("code"),
						"SHO" });
				int io = 0;
				for (int beat = 1; beat <= 2; beat++) {
					String beatCode = row.get("code") + "_HALKA_" + beat;
					add(insert, nextId++, beatCode, "BEAT", row.get("name_en") + " beat " + beat,
							row.get("name_hi") + " हल्का " + beat, stationId, district, district.id, circleId, stationId,
							"DEMO ASSUMPTION: beats are not in the sources");
					stationStaff.add(new String[] { "io." + slug + "." + (++io), row.get("name_en") + " beat " + beat,
							row.get("name_hi") + " हल्का " + beat, beatCode, "IO" });
				}
				String outposts = row.get("outposts");
				if (!outposts.isEmpty()) {
					for (String outpost : outposts.split(";")) {
						String[] names = outpost.split("\\|");
						String outpostCode = row.get("code") + "_" + names[0].toUpperCase().replaceAll("[^A-Z]+", "_");
						add(insert, nextId++, outpostCode, "OUTPOST", "Outpost " + names[0], "चौकी " + names[1],
								stationId, district, district.id, circleId, stationId, null);
						stationStaff.add(new String[] { "io." + slug + "." + (++io), "Outpost " + names[0],
								"चौकी " + names[1], outpostCode, "IO" });
					}
				}
				insert.executeBatch();
			}
		}
		addOfficers(connection, stationStaff);
	}

	private void addOfficers(Connection connection, List<String[]> stationStaff) throws SQLException {
		String hash = new BCryptPasswordEncoder().encode(DEMO_PASSWORD);
		int mobile = 100;
		for (Map<String, String> row : CsvTable.readResource("data/demo/rampur-officers.csv").rows()) {
			addOfficer(connection, hash, row.get("username"), row.get("name_en"), row.get("name_hi"), row.get("rank"),
					row.get("mobile"), row.get("posting_code"), row.get("roles").split(";"));
		}
		for (String[] staff : stationStaff) {
			boolean sho = "SHO".equals(staff[4]);
			String nameEn = (sho ? "SHO " : "IO ") + staff[1] + " (demo)";
			String nameHi = (sho ? "थाना प्रभारी " : "उप-निरीक्षक ") + staff[2] + " (डेमो)";
			addOfficer(connection, hash, staff[0], nameEn, nameHi, sho ? "Inspector" : "Sub-Inspector",
					"90000" + String.format("%05d", mobile++), staff[3], staff[4]);
		}
	}

	private static void addOfficer(Connection connection, String hash, String username, String nameEn, String nameHi,
			String rank, String mobile, String postingCode, String... roles) throws SQLException {
		long posting = unit(connection, postingCode).id;
		long officerId;
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into jurisdiction_officer (username, password_hash, name_en, name_hi, rank, mobile,
				                                  posting_unit_id, active, demo_account)
				values (?, ?, ?, ?, ?, ?, ?, true, true)""", Statement.RETURN_GENERATED_KEYS)) {
			insert.setString(1, username);
			insert.setString(2, hash);
			insert.setString(3, nameEn);
			insert.setString(4, nameHi);
			insert.setString(5, rank);
			insert.setString(6, mobile);
			insert.setLong(7, posting);
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				officerId = keys.getLong(1);
			}
		}
		try (PreparedStatement insert = connection
			.prepareStatement("insert into jurisdiction_officer_role (officer_id, role) values (?, ?)")) {
			for (String role : roles) {
				insert.setLong(1, officerId);
				insert.setString(2, role.trim());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private record Unit(long id, Long zoneId, Long rangeId) {
	}

	private static Unit unit(Connection connection, String code) throws SQLException {
		try (PreparedStatement select = connection
			.prepareStatement("select id, zone_id, range_id from jurisdiction_unit where code = ?")) {
			select.setString(1, code);
			try (ResultSet rs = select.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("no unit " + code);
				}
				return new Unit(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class));
			}
		}
	}

	private static long maxId(Connection connection) throws SQLException {
		try (Statement select = connection.createStatement();
				ResultSet rs = select.executeQuery("select max(id) from jurisdiction_unit")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void add(PreparedStatement insert, long id, String code, String kind, String nameEn, String nameHi,
			long parentId, Unit district, long districtId, long circleId, Long stationId, String note)
			throws SQLException {
		insert.setLong(1, id);
		insert.setString(2, code);
		insert.setString(3, kind);
		insert.setString(4, nameEn);
		insert.setString(5, nameHi);
		insert.setLong(6, parentId);
		insert.setObject(7, district.zoneId);
		insert.setObject(8, district.rangeId);
		insert.setLong(9, districtId);
		insert.setLong(10, circleId);
		insert.setObject(11, stationId);
		insert.setString(12, note);
		insert.addBatch();
	}
}
