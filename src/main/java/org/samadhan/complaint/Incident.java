package org.samadhan.complaint;

import java.time.LocalDate;

/** What happened where: the place the site visit is measured against. */
public record Incident(LocalDate date, String address, Double latitude, Double longitude) {
}
