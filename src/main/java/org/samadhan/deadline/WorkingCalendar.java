package org.samadhan.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.Collection;

/**
 * Days as a police office counts them: Sundays and gazetted holidays are off. A time limit counts
 * calendar days or working days ({@link Counting}); either way it ends on a working day.
 */
public final class WorkingCalendar {

	private final NavigableSet<LocalDate> holidays;

	public WorkingCalendar(Collection<LocalDate> holidays) {
		this.holidays = new TreeSet<>(holidays);
	}

	public boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(day);
	}

	/** The day itself when it is a working day, else the next one. */
	public LocalDate onOrAfter(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** The day itself when it is a working day, else the one before. */
	public LocalDate onOrBefore(LocalDate day) {
		LocalDate d = day;
		while (!isWorkingDay(d)) {
			d = d.minusDays(1);
		}
		return d;
	}

	/**
	 * The last day of a limit of {@code days} that starts on {@code start} (the day of registration
	 * does not count): calendar days moved to the next working day when they end on a day off, or
	 * the {@code days}-th working day after {@code start}.
	 */
	public LocalDate add(LocalDate start, int days, Counting counting) {
		if (counting == Counting.CALENDAR) {
			return onOrAfter(start.plusDays(days));
		}
		LocalDate d = start;
		int counted = 0;
		while (counted < days) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return days == 0 ? onOrAfter(d) : d;
	}

	/**
	 * The day {@code days} before {@code end} (calendar days, or working days), on a working day:
	 * a warning that would fall on a day off comes the working day before.
	 */
	public LocalDate subtract(LocalDate end, int days, Counting counting) {
		if (counting == Counting.CALENDAR) {
			return onOrBefore(end.minusDays(days));
		}
		LocalDate d = end;
		int counted = 0;
		while (counted < days) {
			d = d.minusDays(1);
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return onOrBefore(d);
	}

	/** The days that count from {@code from} to {@code to}: all of them, or the working days in (from, to]. */
	public int daysBetween(LocalDate from, LocalDate to, Counting counting) {
		if (!to.isAfter(from)) {
			return 0;
		}
		if (counting == Counting.CALENDAR) {
			return (int) (to.toEpochDay() - from.toEpochDay());
		}
		int counted = 0;
		for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				counted++;
			}
		}
		return counted;
	}
}
