package org.samadhan.jurisdiction.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/** On H2, refuses UPDATE and DELETE of a table's rows, as the PostgreSQL trigger does. */
public class AppendOnlyTrigger implements Trigger {

	private String table;

	@Override
	public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
			int type) {
		this.table = tableName;
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"P0001");
	}
}
