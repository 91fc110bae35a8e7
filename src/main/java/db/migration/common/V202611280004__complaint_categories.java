package db.migration.common;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.samadhan.shared.CsvTable;

/**
 * Loads the complaint categories ({@code data/reference/complaint-categories.csv}) with our rule of
 * which need a statement of the opposite party ({@code category-rules.csv}).
 */
public class V202611280004__complaint_categories extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Map<String, Boolean> oppositeParty = new HashMap<>();
		for (Map<String, String> rule : CsvTable.readResource("data/reference/category-rules.csv").rows()) {
			oppositeParty.put(rule.get("code"), Boolean.parseBoolean(rule.get("opposite_party_statement_required")));
		}
		try (PreparedStatement insert = context.getConnection().prepareStatement("""
				insert into complaint_category (code, name_en, name_hi, opposite_party_statement_required)
				values (?, ?, ?, ?)""")) {
			for (Map<String, String> row : CsvTable.readResource("data/reference/complaint-categories.csv").rows()) {
				String code = row.get("code");
				if (!oppositeParty.containsKey(code)) {
					throw new IllegalStateException("category-rules.csv has no rule for " + code);
				}
				insert.setString(1, code);
				insert.setString(2, row.get("name_en"));
				insert.setString(3, row.get("name_hi"));
				insert.setBoolean(4, oppositeParty.get(code));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}
}
