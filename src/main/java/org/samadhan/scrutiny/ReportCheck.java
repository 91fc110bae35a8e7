package org.samadhan.scrutiny;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.samadhan.enquiry.ContactMode;
import org.samadhan.enquiry.ContactOutcome;
import org.samadhan.enquiry.EnquiryFile;

/**
 * One rule of the paper-disposal detector. A rule never refuses: it answers with what it found and
 * the evidence, for a reviewer to weigh. Each rule is a named class with its thresholds from
 * {@link ScrutinySettings}.
 */
interface ReportCheck {

	List<Flag> check(ReportEvidence evidence);

	/** Every rule, in the order a reviewer reads their findings. */
	static List<ReportCheck> all(ScrutinySettings settings) {
		return List.of(new FiledTooFast(settings.filedTooFast()), new ContactAfterReport(), new NoReachingContact(),
				new VisitFarFromIncident(settings.visitMaxDistanceMeters()),
				new PhotoDisagrees(settings.photoTimeTolerance(), settings.photoMaxDistanceMeters()),
				new TextNearlyIdentical(settings.textSimilarity()), new HearingAfterDisposal(),
				new MobileMissingOrMasked(), new PhotoReused(settings.photoDistance()),
				new ImpossibleTimeline(settings.timeline().speedKmh(), settings.timeline().allowanceMeters()));
	}

	private static Map<String, Object> data(Object... pairs) {
		Map<String, Object> data = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				data.put((String) pairs[i], pairs[i + 1] instanceof Instant || pairs[i + 1] instanceof LocalDate
						? pairs[i + 1].toString() : pairs[i + 1]);
			}
		}
		return data;
	}

	private static String kilometres(double meters) {
		return String.format(Locale.ROOT, "%.1f", meters / 1000);
	}

	/**
	 * A report filed within {@code samadhan.scrutiny.filed-too-fast} (2 hours) of the assignment:
	 * too soon to have reached the complainant, visited the spot and taken statements.
	 */
	final class FiledTooFast implements ReportCheck {

		private final Duration limit;

		FiledTooFast(Duration limit) {
			this.limit = limit;
		}

		@Override
		public List<Flag> check(ReportEvidence e) {
			if (e.assignedAt() == null || limit.isZero()) {
				return List.of();
			}
			Duration taken = Duration.between(e.assignedAt(), e.report().submittedAt());
			if (taken.compareTo(limit) >= 0) {
				return List.of();
			}
			return List.of(new Flag(FlagCode.FILED_TOO_FAST, Flag.key(FlagCode.FILED_TOO_FAST),
					List.of(String.valueOf(Math.max(0, taken.toMinutes())), String.valueOf(limit.toMinutes())),
					data("assignedAt", e.assignedAt(), "filedAt", e.report().submittedAt(), "minutesTaken",
							Math.max(0, taken.toMinutes()), "limitMinutes", limit.toMinutes())));
		}
	}

	/** A contact whose logged time is after the report was filed: written in afterwards. */
	final class ContactAfterReport implements ReportCheck {

		@Override
		public List<Flag> check(ReportEvidence e) {
			Instant filed = e.report().submittedAt();
			List<EnquiryFile.Contact> after = e.file()
				.contacts()
				.stream()
				.filter(c -> c.contactedAt().isAfter(filed))
				.toList();
			if (after.isEmpty()) {
				return List.of();
			}
			EnquiryFile.Contact first = after.get(0);
			return List.of(new Flag(FlagCode.CONTACT_AFTER_REPORT, Flag.key(FlagCode.CONTACT_AFTER_REPORT),
					List.of(e.shown(first.contactedAt()), e.shown(filed), String.valueOf(after.size())),
					data("contactId", first.id(), "contactedAt", first.contactedAt(), "filedAt", filed, "contactsAfter",
							after.size())));
		}
	}

	/**
	 * No call or visit before the report reached the complainant. The enquiry refuses a report with
	 * no reaching contact at all; this catches the rest: one that "reached" only by SMS, or only at a
	 * time after the report.
	 */
	final class NoReachingContact implements ReportCheck {

		@Override
		public List<Flag> check(ReportEvidence e) {
			Instant filed = e.report().submittedAt();
			boolean reached = e.file()
				.contacts()
				.stream()
				.anyMatch(c -> c.outcome() == ContactOutcome.REACHED && c.mode() != ContactMode.SMS
						&& !c.contactedAt().isAfter(filed));
			if (reached) {
				return List.of();
			}
			int logged = e.file().contacts().size();
			return List.of(new Flag(FlagCode.NO_REACHING_CONTACT, Flag.key(FlagCode.NO_REACHING_CONTACT),
					List.of(String.valueOf(logged)), data("contactsLogged", logged, "reachedByCallOrVisitBeforeReport", 0)));
		}
	}

	/**
	 * A site visit logged more than {@code samadhan.scrutiny.visit-max-distance-meters} (2 km, by
	 * haversine) from the incident. Only when the complaint gave the incident's coordinates.
	 */
	final class VisitFarFromIncident implements ReportCheck {

		private final double limitMeters;

		VisitFarFromIncident(double limitMeters) {
			this.limitMeters = limitMeters;
		}

		@Override
		public List<Flag> check(ReportEvidence e) {
			GeoPoint incident = GeoPoint.ofNullable(e.complaint().incident().latitude(),
					e.complaint().incident().longitude());
			if (incident == null) {
				return List.of();
			}
			List<Flag> flags = new ArrayList<>();
			for (EnquiryFile.SiteVisit visit : e.file().visits()) {
				GeoPoint at = new GeoPoint(visit.latitude(), visit.longitude());
				double meters = at.metersTo(incident);
				if (meters > limitMeters) {
					flags.add(new Flag(FlagCode.VISIT_FAR_FROM_INCIDENT, Flag.key(FlagCode.VISIT_FAR_FROM_INCIDENT),
							List.of(e.shown(visit.visitedAt()), kilometres(meters), kilometres(limitMeters)),
							data("visitId", visit.id(), "visitedAt", visit.visitedAt(), "visitLatitude", at.latitude(),
									"visitLongitude", at.longitude(), "incidentLatitude", incident.latitude(),
									"incidentLongitude", incident.longitude(), "distanceMeters", Math.round(meters),
									"limitMeters", Math.round(limitMeters))));
				}
			}
			return flags;
		}
	}

	/**
	 * A site photo whose EXIF DateTimeOriginal is more than {@code photo-time-tolerance} from the
	 * logged visit time, or whose EXIF GPS is more than {@code photo-max-distance-meters} from the
	 * logged visit position. A photo without EXIF (many apps strip it, and WhatsApp always does) is
	 * not a flag by itself: the rule speaks only when the photo's own record contradicts the log.
	 * A camera time without an offset is read in the district's zone.
	 */
	final class PhotoDisagrees implements ReportCheck {

		private final Duration tolerance;

		private final double limitMeters;

		PhotoDisagrees(Duration tolerance, double limitMeters) {
			this.tolerance = tolerance;
			this.limitMeters = limitMeters;
		}

		@Override
		public List<Flag> check(ReportEvidence e) {
			List<Flag> flags = new ArrayList<>();
			for (ReportEvidence.Photo photo : e.photos()) {
				PhotoExif exif = photo.exif();
				ZoneOffset zoneOffset = e.zone().getRules().getOffset(photo.visitedAt());
				OffsetDateTime taken = exif.takenAt(zoneOffset);
				if (taken != null) {
					Duration apart = Duration.between(taken.toInstant(), photo.visitedAt()).abs();
					if (apart.compareTo(tolerance) > 0) {
						flags.add(new Flag(FlagCode.PHOTO_DISAGREES, Flag.key(FlagCode.PHOTO_DISAGREES) + ".time",
								List.of(e.shown(taken.toInstant()), e.shown(photo.visitedAt()),
										String.valueOf(apart.toMinutes())),
								data("attachmentId", photo.attachmentId(), "visitId", photo.visitId(), "exifTakenAt",
										taken.toString(), "visitedAt", photo.visitedAt(), "minutesApart",
										apart.toMinutes(), "toleranceMinutes", tolerance.toMinutes())));
					}
				}
				if (exif.position() != null) {
					double meters = exif.position().metersTo(photo.visitPosition());
					if (meters > limitMeters) {
						flags.add(new Flag(FlagCode.PHOTO_DISAGREES, Flag.key(FlagCode.PHOTO_DISAGREES) + ".place",
								List.of(kilometres(meters), kilometres(limitMeters)),
								data("attachmentId", photo.attachmentId(), "visitId", photo.visitId(), "exifLatitude",
										exif.position().latitude(), "exifLongitude", exif.position().longitude(),
										"visitLatitude", photo.visitPosition().latitude(), "visitLongitude",
										photo.visitPosition().longitude(), "distanceMeters", Math.round(meters),
										"limitMeters", Math.round(limitMeters))));
					}
				}
			}
			return flags;
		}
	}

	/**
	 * The report's text (findings and action) nearly identical (estimated Jaccard similarity of
	 * character 5-grams at or above {@code text-similarity}, 0.8) to another report of the same
	 * officer or station: the same words pasted into many reports. At most three, the closest first.
	 */
	final class TextNearlyIdentical implements ReportCheck {

		private final double threshold;

		TextNearlyIdentical(double threshold) {
			this.threshold = threshold;
		}

		@Override
		public List<Flag> check(ReportEvidence e) {
			return e.similar()
				.stream()
				.filter(s -> s.similarity() >= threshold)
				.sorted(Comparator.comparingDouble(ReportEvidence.SimilarReport::similarity).reversed())
				.limit(3)
				.map(s -> new Flag(FlagCode.TEXT_NEARLY_IDENTICAL,
						Flag.key(FlagCode.TEXT_NEARLY_IDENTICAL) + (s.sameOfficer() ? ".officer" : ".station"),
						List.of(String.valueOf(Math.round(s.similarity() * 100))),
						data("otherReportId", s.reportId(), Flag.OTHER_COMPLAINT_ID, s.other().id(), Flag.OTHER_REFERENCE,
								s.other().reference(), Flag.OTHER_UNIT_ID, s.other().unitId(), "similarity",
								Math.round(s.similarity() * 1000) / 1000.0, "threshold", threshold, "sameOfficer",
								s.sameOfficer(), "sameStation", s.sameStation())))
				.toList();
		}
	}

	/**
	 * A hearing fixed for a date after the report: the matter is not over, yet the report would
	 * dispose of it. From the report's hearing date, and from any date written in its text, in
	 * figures or with the month in words ({@link WrittenDates}), that lies after it.
	 */
	final class HearingAfterDisposal implements ReportCheck {

		@Override
		public List<Flag> check(ReportEvidence e) {
			LocalDate filed = e.reportDate();
			List<Flag> flags = new ArrayList<>();
			LocalDate fixed = e.report().nextHearingOn();
			if (fixed != null && fixed.isAfter(filed)) {
				flags.add(flag(fixed, filed, "field"));
			}
			for (LocalDate written : WrittenDates.in(e.report().findings() + " " + nullToEmpty(e.report().actionDetail()))) {
				if (written.isAfter(filed) && !written.equals(fixed)) {
					flags.add(flag(written, filed, "text"));
				}
			}
			return flags;
		}

		private static Flag flag(LocalDate hearing, LocalDate filed, String source) {
			DateTimeFormatter shown = DateTimeFormatter.ofPattern("dd-MM-yyyy");
			return new Flag(FlagCode.HEARING_AFTER_DISPOSAL, Flag.key(FlagCode.HEARING_AFTER_DISPOSAL) + "." + source,
					List.of(shown.format(hearing), shown.format(filed)),
					data("hearingOn", hearing, "reportDate", filed, "source", source));
		}

		private static String nullToEmpty(String text) {
			return text == null ? "" : text;
		}
	}

	/**
	 * The complainant's mobile is missing, malformed (not ten digits starting 6-9), masked (X, *
	 * or # in place of digits) or an obvious dummy (all one digit, eight or more of one digit in a
	 * row, 1234567890 and the like): the feedback call cannot reach them, which is why it is done.
	 */
	final class MobileMissingOrMasked implements ReportCheck {

		@Override
		public List<Flag> check(ReportEvidence e) {
			String mobile = e.complaint().complainant() == null ? null : e.complaint().complainant().mobile();
			return problem(mobile).map(kind -> List.of(new Flag(FlagCode.MOBILE_MISSING_OR_MASKED,
					Flag.key(FlagCode.MOBILE_MISSING_OR_MASKED) + "." + kind, List.of(mobile == null ? "" : mobile),
					data("mobile", mobile, "kind", kind))))
				.orElse(List.of());
		}

		/** What is wrong with a mobile number, or empty when it looks like a real one. */
		static java.util.Optional<String> problem(String mobile) {
			if (mobile == null || mobile.isBlank()) {
				return java.util.Optional.of("missing");
			}
			String m = mobile.strip();
			if (m.chars().anyMatch(c -> c == 'X' || c == 'x' || c == '*' || c == '#')) {
				return java.util.Optional.of("masked");
			}
			if (m.matches("[0-9]{10}") && (m.matches(".*(\\d)\\1{7}.*") || isRun(m))) {
				return java.util.Optional.of("dummy");
			}
			if (!m.matches("[6-9][0-9]{9}")) {
				return java.util.Optional.of("malformed");
			}
			return java.util.Optional.empty();
		}

		/** Digits that count up or down by one all along: 6789012345, 9876543210. */
		private static boolean isRun(String m) {
			boolean up = true;
			boolean down = true;
			for (int i = 1; i < m.length(); i++) {
				int step = (m.charAt(i) - m.charAt(i - 1) + 10) % 10;
				up &= step == 1;
				down &= step == 9;
			}
			return up || down;
		}
	}

	/**
	 * A site photo that another complaint holds too: the same bytes (SHA-256), or a perceptual hash
	 * (whole picture or one of its crops) within {@code photo-distance} bits (5 of 64): the same
	 * picture re-encoded, resized or cropped a little. Photos without a hash (not decodable, or too
	 * plain) are compared by their bytes only. The other complaint is named when the flag is read, by
	 * reference only to a reader who may see it.
	 */
	final class PhotoReused implements ReportCheck {

		private final int threshold;

		PhotoReused(int threshold) {
			this.threshold = threshold;
		}

		@Override
		public List<Flag> check(ReportEvidence e) {
			return e.reused()
				.stream()
				.filter(r -> r.sameBytes() || r.distance() <= threshold)
				.map(r -> new Flag(FlagCode.PHOTO_REUSED,
						Flag.key(FlagCode.PHOTO_REUSED) + (r.sameBytes() ? ".same-file" : ".same-picture"),
						List.of(e.shown(r.visitedAt()), e.shown(r.otherVisitedAt()), String.valueOf(r.distance())),
						data("attachmentId", r.attachmentId(), "visitId", r.visitId(), "visitedAt", r.visitedAt(),
								Flag.OTHER_COMPLAINT_ID, r.other().id(), Flag.OTHER_REFERENCE, r.other().reference(),
								Flag.OTHER_UNIT_ID, r.other().unitId(), "otherAttachmentId", r.otherAttachmentId(),
								"otherVisitedAt", r.otherVisitedAt(), "sameBytes", r.sameBytes(), "distanceBits",
								r.distance(), "thresholdBits", threshold)))
				.toList();
		}
	}

	/**
	 * Two consecutive site visits of the reporting officer (one of them this enquiry's, the other in
	 * any of their complaints) farther apart than {@code timeline.speed-kmh} (80 km/h in a straight
	 * line, about 100 km/h on the road) allows for the time between them, after
	 * {@code timeline.allowance-meters} (2 km) for two GPS fixes and the extent of a place. At most
	 * three, the fastest first.
	 */
	final class ImpossibleTimeline implements ReportCheck {

		private final double speedKmh;

		private final double allowanceMeters;

		ImpossibleTimeline(double speedKmh, double allowanceMeters) {
			this.speedKmh = speedKmh;
			this.allowanceMeters = allowanceMeters;
		}

		boolean impossible(ReportEvidence.TimelineStep step) {
			double reachable = speedKmh / 3.6 * step.between().toMillis() / 1000.0;
			return step.meters() - allowanceMeters > reachable;
		}

		@Override
		public List<Flag> check(ReportEvidence e) {
			return e.timeline()
				.stream()
				.filter(this::impossible)
				.sorted(Comparator.comparingDouble(ImpossibleTimeline::kmh).reversed())
				.limit(3)
				.map(s -> {
					long minutes = s.between().toMinutes();
					String kmh = s.between().isZero() ? "∞" : String.valueOf(Math.round(kmh(s)));
					return new Flag(FlagCode.IMPOSSIBLE_TIMELINE, Flag.key(FlagCode.IMPOSSIBLE_TIMELINE),
							List.of(e.shown(s.visit().at()), e.shown(s.otherVisit().at()), kilometres(s.meters()),
									String.valueOf(minutes), kmh, String.valueOf(Math.round(speedKmh))),
							data("visitId", s.visit().id(), "visitedAt", s.visit().at(), "latitude",
									s.visit().position().latitude(), "longitude", s.visit().position().longitude(),
									Flag.OTHER_COMPLAINT_ID, s.other().id(), Flag.OTHER_REFERENCE, s.other().reference(),
									Flag.OTHER_UNIT_ID, s.other().unitId(), "otherVisitId", s.otherVisit().id(),
									"otherVisitedAt", s.otherVisit().at(), "otherLatitude",
									s.otherVisit().position().latitude(), "otherLongitude",
									s.otherVisit().position().longitude(), "distanceMeters", Math.round(s.meters()),
									"secondsApart", s.between().toSeconds(), "impliedKmh",
									s.between().isZero() ? null : Math.round(kmh(s)), "limitKmh", speedKmh,
									"allowanceMeters", Math.round(allowanceMeters)));
				})
				.toList();
		}

		private static double kmh(ReportEvidence.TimelineStep s) {
			double seconds = s.between().toMillis() / 1000.0;
			return seconds == 0 ? Double.POSITIVE_INFINITY : s.meters() / seconds * 3.6;
		}
	}
}
