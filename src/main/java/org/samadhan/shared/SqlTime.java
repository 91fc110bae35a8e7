package org.samadhan.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * How an {@link Instant} goes into and comes out of a {@code timestamp with time zone} column on
 * both databases: written at UTC, read back as an instant (H2 returns the stored offset where
 * PostgreSQL returns UTC, so only instants compare).
 */
public final class SqlTime {

	private SqlTime() {
	}

	public static OffsetDateTime param(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant read(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
