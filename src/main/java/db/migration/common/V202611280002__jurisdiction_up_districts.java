package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.samadhan.shared.CsvTable;

/**
 * Loads Uttar Pradesh: the state, its 8 police zones, 18 ranges and 75 districts, from
 * {@code data/reference/up-districts.csv}. Commissionerates sit directly under the state, outside
 * the zone and range chain. A district's number is its row in the file (1 to 75), used in
 * reference numbers.
 */
public class V202611280002__jurisdiction_up_districts extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		CsvTable districts = CsvTable.readResource("data/reference/up-districts.csv");
		Map<String, String> hindiOfDistrict = new LinkedHashMap<>();
		for (Map<String, String> row : districts.rows()) {
			hindiOfDistrict.put(row.get("name_en"), row.get("name_hi"));
		}
		try (PreparedStatement insert = connection.prepareStatement("""
				insert into jurisdiction_unit (id, code, kind, name_en, name_hi, parent_id, zone_id, range_id,
				                               district_id, number, note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
			long nextId = 1;
			long state = nextId++;
			add(insert, state, "UP", "STATE", "Uttar Pradesh", "उत्तर प्रदेश", null, null, null, null, 0, null);
			Map<String, Long> zones = new LinkedHashMap<>();
			Map<String, Long> ranges = new LinkedHashMap<>();
			int number = 0;
			for (Map<String, String> row : districts.rows()) {
				number++;
				String zone = row.get("zone");
				String range = row.get("range");
				Long zoneId = null;
				Long rangeId = null;
				if (!zone.isEmpty()) {
					if (!zones.containsKey(zone)) {
						zones.put(zone, nextId);
						add(insert, nextId++, code(zone), "ZONE", zone, hindi(zone, " Zone", " जोन", hindiOfDistrict),
								state, null, null, null, 0, null);
					}
					zoneId = zones.get(zone);
					if (!ranges.containsKey(range)) {
						ranges.put(range, nextId);
						add(insert, nextId++, code(range), "RANGE", range,
								hindi(range, " Range", " परिक्षेत्र", hindiOfDistrict), zoneId, zoneId, null, null, 0,
								null);
					}
					rangeId = ranges.get(range);
				}
				long id = nextId++;
				String note = row.get("source").contains("inferred") ? "zone/range partly inferred; see SOURCES.md"
						: null;
				add(insert, id, row.get("code"), "DISTRICT", row.get("name_en"), row.get("name_hi"),
						rangeId != null ? rangeId : state, zoneId, rangeId, id, number, note);
			}
			insert.executeBatch();
		}
	}

	private static String code(String name) {
		return name.toUpperCase().replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
	}

	/** "Bareilly Zone" becomes "बरेली जोन" when a district bears the name; otherwise the English stays. */
	private static String hindi(String name, String suffix, String hindiSuffix, Map<String, String> hindiOfDistrict) {
		String base = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
		List<String> candidates = List.of(base, base + " Nagar");
		for (String candidate : candidates) {
			if (hindiOfDistrict.containsKey(candidate)) {
				return hindiOfDistrict.get(candidate) + hindiSuffix;
			}
		}
		return name;
	}

	private static void add(PreparedStatement insert, long id, String code, String kind, String nameEn, String nameHi,
			Long parentId, Long zoneId, Long rangeId, Long districtId, int number, String note) throws SQLException {
		insert.setLong(1, id);
		insert.setString(2, code);
		insert.setString(3, kind);
		insert.setString(4, nameEn);
		insert.setString(5, nameHi);
		insert.setObject(6, parentId);
		insert.setObject(7, zoneId);
		insert.setObject(8, rangeId);
		insert.setObject(9, districtId);
		insert.setInt(10, number);
		insert.setString(11, note);
		insert.addBatch();
	}
}
