package org.samadhan.deadline;

import java.time.LocalDate;

/** A gazetted holiday, with the source that names it. */
public record Holiday(LocalDate date, String nameEn, String nameHi, String source) {
}
