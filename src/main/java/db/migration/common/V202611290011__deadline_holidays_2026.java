package db.migration.common;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.samadhan.deadline.Holiday;
import org.samadhan.deadline.HolidayFile;
import org.samadhan.shared.CsvTable;

/**
 * Loads Uttar Pradesh's gazetted holidays of 2026 ({@code data/reference/up-holidays-2026.csv}) into
 * the deadline calendar, checked as an admin's upload of a later year is.
 */
public class V202611290011__deadline_holidays_2026 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		try (PreparedStatement insert = context.getConnection().prepareStatement("""
				insert into deadline_holiday (holiday_on, name_en, name_hi, source, loaded_at, loaded_by)
				values (?, ?, ?, ?, current_timestamp, null)""")) {
			for (Holiday holiday : HolidayFile.read(CsvTable.readResource("data/reference/up-holidays-2026.csv"), 2026)) {
				insert.setDate(1, Date.valueOf(holiday.date()));
				insert.setString(2, holiday.nameEn());
				insert.setString(3, holiday.nameHi());
				insert.setString(4, holiday.source());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}
}
