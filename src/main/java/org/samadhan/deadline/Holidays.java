package org.samadhan.deadline;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.CsvTable;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gazetted holidays the deadlines count with, a year at a time. The calendar is kept in memory
 * and read again at most a minute after another instance loads a year (this instance's own upload
 * takes effect at once). A due date already worked out is not moved by a later upload: load a
 * year's holidays before the limits that end in it are set (by 1 December).
 */
@Service
@Transactional
public class Holidays {

	private static final Duration FRESHNESS = Duration.ofMinutes(1);

	/** A year's file is a few dozen lines; anything near this is not a holiday list. */
	private static final int MAX_FILE_CHARACTERS = 200_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Cached cached;

	Holidays(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The calendar with every holiday loaded so far. */
	@Transactional(readOnly = true)
	public WorkingCalendar calendar() {
		Cached c = cached;
		Instant now = clock.instant();
		if (c == null || now.isAfter(c.readAt().plus(FRESHNESS)) || now.isBefore(c.readAt())) {
			List<LocalDate> days = jdbc.sql("select holiday_on from deadline_holiday")
				.query((rs, n) -> rs.getObject(1, LocalDate.class))
				.list();
			c = new Cached(new WorkingCalendar(days), now);
			cached = c;
		}
		return c.calendar();
	}

	@Transactional(readOnly = true)
	public List<Holiday> of(int year) {
		return jdbc.sql("""
				select holiday_on, name_en, name_hi, source from deadline_holiday
				where holiday_on between ? and ? order by holiday_on""")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/**
	 * Replaces the holidays of {@code year} with those of the CSV file, all or nothing. Only an
	 * administrator may; a file with any fault is refused whole, naming every fault.
	 */
	public List<Holiday> replaceYear(int year, String csv, Actor actor) {
		if (!actor.holds(Role.ADMIN)) {
			throw new ForbiddenActionException("deadline.holidays.admin-only");
		}
		if (year < 2000 || year > 2100) {
			throw new InvalidInputException("year", "deadline.holidays.year-out-of-range");
		}
		if (csv == null || csv.isBlank() || csv.length() > MAX_FILE_CHARACTERS) {
			throw new InvalidInputException(null, "deadline.holidays.file-required");
		}
		CsvTable table = CsvTable.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		List<Holiday> holidays = HolidayFile.read(table, year);
		jdbc.sql("delete from deadline_holiday where holiday_on between ? and ?")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.update();
		Instant now = clock.instant();
		for (Holiday h : holidays) {
			jdbc.sql("""
					insert into deadline_holiday (holiday_on, name_en, name_hi, source, loaded_at, loaded_by)
					values (?, ?, ?, ?, ?, ?)""")
				.params(Date.valueOf(h.date()), h.nameEn(), h.nameHi(), h.source(), SqlTime.param(now),
						actor.officerId())
				.update();
		}
		cached = null;
		return of(year);
	}

	private record Cached(WorkingCalendar calendar, Instant readAt) {
	}
}
