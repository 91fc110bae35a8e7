package org.samadhan.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How an {@link Instant} goes into and comes out of a {@code timestamp with time zone} column on
 * both databases: written at UTC, read back as an instant (H2 returns the stored offset where
 * PostgreSQL returns UTC, so only instants compare). Both keep microseconds, so an instant is
 * cut to the microsecond on the way in: what is compared in SQL is what the caller holds.
 */
public final class SqlTime {

	private SqlTime() {
	}

	public static OffsetDateTime param(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	public static Instant read(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
