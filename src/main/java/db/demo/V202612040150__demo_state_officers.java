package db.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.samadhan.shared.CsvTable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Demo officers above the district ({@code data/demo/state-officers.csv}): the state's
 * administrator and IGRS cell (which works the complaints of districts not yet staffed) and a
 * range DIG who supervises, with the published demo password, flagged as demo accounts, their
 * postings recorded. Runs only in demo mode.
 */
public class V202612040150__demo_state_officers extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		String hash = new BCryptPasswordEncoder().encode(V202611280101__demo_rampur.DEMO_PASSWORD);
		for (Map<String, String> row : CsvTable.readResource("data/demo/state-officers.csv").rows()) {
			long unit = unitId(connection, row.get("posting_code"));
			long id;
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into jurisdiction_officer (username, password_hash, name_en, name_hi, rank, mobile,
					                                  posting_unit_id, status, demo_account, version, created_at)
					values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', true, 1, current_timestamp)""",
					Statement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, row.get("username"));
				insert.setString(2, hash);
				insert.setString(3, row.get("name_en"));
				insert.setString(4, row.get("name_hi"));
				insert.setString(5, row.get("rank"));
				insert.setString(6, row.get("mobile"));
				insert.setLong(7, unit);
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					id = keys.getLong(1);
				}
			}
			try (PreparedStatement role = connection
				.prepareStatement("insert into jurisdiction_officer_role (officer_id, role) values (?, ?)");
					PreparedStatement posting = connection.prepareStatement("""
							insert into jurisdiction_posting (officer_id, unit_id, roles, starts_on, recorded_at)
							values (?, ?, ?, current_date, current_timestamp)""")) {
				role.setLong(1, id);
				role.setString(2, row.get("roles"));
				role.executeUpdate();
				posting.setLong(1, id);
				posting.setLong(2, unit);
				posting.setString(3, row.get("roles"));
				posting.executeUpdate();
			}
		}
	}

	private static long unitId(Connection connection, String code) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("select id from jurisdiction_unit where code = ?")) {
			select.setString(1, code);
			try (ResultSet rs = select.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("no unit " + code);
				}
				return rs.getLong(1);
			}
		}
	}
}
