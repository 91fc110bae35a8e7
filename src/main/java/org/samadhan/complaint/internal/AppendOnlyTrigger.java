package org.samadhan.complaint.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * On H2, refuses UPDATE and DELETE of complaint history rows, as the PostgreSQL trigger does: the
 * record of who did what is never rewritten, whatever the code above it does.
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("complaint_history is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"P0001");
	}
}
