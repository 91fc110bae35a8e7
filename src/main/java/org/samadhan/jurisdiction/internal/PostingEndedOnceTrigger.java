package org.samadhan.jurisdiction.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import org.h2.api.Trigger;

/**
 * On H2, lets a posting row change only by being ended, once, as the PostgreSQL trigger does: the
 * columns up to {@code recorded_at} (the first {@value #KEPT}) never change, {@code ends_on} goes
 * from empty to a day, and no row is deleted.
 */
public class PostingEndedOnceTrigger implements Trigger {

	/** id, officer_id, unit_id, roles, starts_on, order_ref, recorded_by, recorded_at. */
	private static final int KEPT = 8;

	private static final int ENDS_ON = 8;

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (newRow == null) {
			throw new SQLException("jurisdiction_posting keeps every posting: DELETE refused", "P0001");
		}
		boolean kept = oldRow[ENDS_ON] == null && newRow[ENDS_ON] != null;
		for (int i = 0; i < KEPT && kept; i++) {
			kept = Objects.equals(oldRow[i], newRow[i]);
		}
		if (!kept) {
			throw new SQLException("a posting is ended once and never rewritten: UPDATE refused", "P0001");
		}
	}
}
