package org.samadhan.scrutiny;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.samadhan.complaint.Category;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Due;
import org.samadhan.complaint.Incident;
import org.samadhan.complaint.Person;
import org.samadhan.enquiry.ActionTaken;
import org.samadhan.enquiry.ContactMode;
import org.samadhan.enquiry.ContactOutcome;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.jurisdiction.Placement;
import org.samadhan.support.ExifJpeg;

/** Each rule of the detector on its own: one report that trips it and one that does not. */
class ReportCheckTest {

	static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	static final Instant ASSIGNED = Instant.parse("2026-11-20T04:00:00Z");

	static final Instant FILED = ASSIGNED.plus(Duration.ofDays(2));

	static final double INCIDENT_LAT = 28.81;

	static final double INCIDENT_LON = 79.03;

	ScrutinySettings settings = new ScrutinySettings(Duration.ofHours(2), 2000, Duration.ofHours(1), 500, 0.8,
			Duration.ofDays(365), 200, new ScrutinySettings.Repeat(Duration.ofDays(90), 0.8, 12, 0.6, 1000, 20), 6,
			new ScrutinySettings.Timeline(80, 2000, Duration.ofHours(12), 500));

	/** A report with honest work: reached by call a day before, visited at the incident, photographed there. */
	static class Case {

		String mobile = "9412345678";

		Double incidentLat = INCIDENT_LAT;

		Double incidentLon = INCIDENT_LON;

		Instant filed = FILED;

		String findings = "मौके पर जाँच की गई; मेड़ दोबारा बनवाई गई।";

		LocalDate hearing;

		List<EnquiryFile.Contact> contacts = new ArrayList<>(List.of(new EnquiryFile.Contact(1, 7,
				FILED.minus(Duration.ofDays(1)), ContactMode.CALL, ContactOutcome.REACHED, null, FILED.minus(Duration.ofDays(1)))));

		double visitLat = 28.8101;

		double visitLon = 79.0302;

		Instant visitedAt = FILED.minus(Duration.ofHours(20));

		PhotoExif exif = PhotoExif.NONE;

		List<ReportEvidence.SimilarReport> similar = new ArrayList<>();

		List<ReportEvidence.ReusedPhoto> reused = new ArrayList<>();

		List<ReportEvidence.TimelineStep> timeline = new ArrayList<>();

		ReportEvidence evidence() {
			ComplaintView complaint = new ComplaintView(1, "2026123456789", ComplaintStatus.REPORT_SUBMITTED, 5,
					Channel.PORTAL, new Category("LAND_DISPUTE", "Land", "भूमि", true),
					new Person("रमेश", mobile, null, null), null, "शिकायत", new Incident(null, "ग्राम रेबड़ी", incidentLat,
							incidentLon),
					new Placement(1, 2L, 3L), 7L, null, 0, 0, null, ASSIGNED.minus(Duration.ofDays(1)), filed,
					new Due(null, false), null);
			EnquiryFile.SiteVisit visit = new EnquiryFile.SiteVisit(11, 7, visitedAt, visitLat, visitLon, 10.0, null,
					visitedAt, List.of("photo-1"));
			EnquiryFile.Report report = new EnquiryFile.Report(21, 7, findings, ActionTaken.MEDIATION, null, null, hearing,
					filed);
			EnquiryFile file = new EnquiryFile(contacts, List.of(visit), List.of(), List.of(report));
			return new ReportEvidence(complaint, file, report, ASSIGNED,
					List.of(new ReportEvidence.Photo("photo-1", 11, visitedAt, new GeoPoint(visitLat, visitLon), exif)),
					similar, reused, timeline, IST);
		}
	}

	List<Flag> run(ReportCheck check, Case c) {
		return check.check(c.evidence());
	}

	@Test
	void anHonestReportTripsNoRule() {
		Case honest = new Case();
		for (ReportCheck check : ReportCheck.all(settings)) {
			assertThat(check.check(honest.evidence())).as(check.getClass().getSimpleName()).isEmpty();
		}
	}

	@Nested
	class FiledTooFast {

		ReportCheck rule = new ReportCheck.FiledTooFast(Duration.ofHours(2));

		@Test
		void flagsAReportFiledFortyMinutesAfterAssignment() {
			Case c = new Case();
			c.filed = ASSIGNED.plus(Duration.ofMinutes(40));
			List<Flag> flags = run(rule, c);
			assertThat(flags).singleElement().satisfies(f -> {
				assertThat(f.code()).isEqualTo(FlagCode.FILED_TOO_FAST);
				assertThat(f.arguments()).containsExactly("40", "120");
				assertThat(f.data()).containsEntry("minutesTaken", 40L).containsEntry("assignedAt", ASSIGNED.toString());
			});
		}

		@Test
		void passesAReportFiledThreeHoursAfterAssignment() {
			Case c = new Case();
			c.filed = ASSIGNED.plus(Duration.ofHours(3));
			assertThat(run(rule, c)).isEmpty();
		}
	}

	@Nested
	class ContactAfterReport {

		ReportCheck rule = new ReportCheck.ContactAfterReport();

		@Test
		void flagsAContactDatedAfterTheReport() {
			Case c = new Case();
			c.contacts.add(new EnquiryFile.Contact(2, 7, FILED.plus(Duration.ofMinutes(4)), ContactMode.CALL,
					ContactOutcome.REACHED, null, FILED));
			assertThat(run(rule, c)).singleElement().satisfies(f -> {
				assertThat(f.code()).isEqualTo(FlagCode.CONTACT_AFTER_REPORT);
				assertThat(f.data()).containsEntry("contactId", 2L);
			});
		}

		@Test
		void passesContactsAllBeforeTheReport() {
			assertThat(run(rule, new Case())).isEmpty();
		}
	}

	@Nested
	class NoReachingContact {

		ReportCheck rule = new ReportCheck.NoReachingContact();

		@Test
		void flagsAReportWhoseOnlyReachingContactWasAnSms() {
			Case c = new Case();
			c.contacts = List.of(new EnquiryFile.Contact(1, 7, FILED.minus(Duration.ofDays(1)), ContactMode.SMS,
					ContactOutcome.REACHED, null, FILED), new EnquiryFile.Contact(2, 7, FILED.minus(Duration.ofDays(1)),
					ContactMode.CALL, ContactOutcome.UNREACHABLE, null, FILED));
			assertThat(run(rule, c)).singleElement()
				.satisfies(f -> assertThat(f.arguments()).containsExactly("2"));
		}

		@Test
		void flagsAReportWhoseOnlyReachingCallIsDatedAfterIt() {
			Case c = new Case();
			c.contacts = List.of(new EnquiryFile.Contact(1, 7, FILED.plus(Duration.ofMinutes(3)), ContactMode.CALL,
					ContactOutcome.REACHED, null, FILED));
			assertThat(run(rule, c)).extracting(Flag::code).containsExactly(FlagCode.NO_REACHING_CONTACT);
		}

		@Test
		void passesAReportWithACallThatReachedTheComplainant() {
			assertThat(run(rule, new Case())).isEmpty();
		}
	}

	@Nested
	class VisitFarFromIncident {

		ReportCheck rule = new ReportCheck.VisitFarFromIncident(2000);

		@Test
		void flagsAVisitLoggedFiveKilometresAway() {
			Case c = new Case();
			c.visitLat = INCIDENT_LAT + 0.045; // about 5 km north
			assertThat(run(rule, c)).singleElement().satisfies(f -> {
				assertThat(f.code()).isEqualTo(FlagCode.VISIT_FAR_FROM_INCIDENT);
				assertThat((Long) f.data().get("distanceMeters")).isBetween(4900L, 5100L);
				assertThat(f.arguments().get(1)).isEqualTo("5.0");
			});
		}

		@Test
		void passesAVisitAtTheIncident() {
			assertThat(run(rule, new Case())).isEmpty();
		}

		@Test
		void saysNothingWhenTheComplaintGaveNoCoordinates() {
			Case c = new Case();
			c.visitLat = INCIDENT_LAT + 1;
			c.incidentLat = null;
			c.incidentLon = null;
			assertThat(run(rule, c)).isEmpty();
		}
	}

	@Nested
	class PhotoDisagrees {

		ReportCheck rule = new ReportCheck.PhotoDisagrees(Duration.ofHours(1), 500);

		LocalDateTime visitLocal(Case c) {
			return LocalDateTime.ofInstant(c.visitedAt, IST);
		}

		@Test
		void flagsAPhotoTakenThreeDaysBeforeTheVisit() {
			Case c = new Case();
			c.exif = PhotoExif.parse(ExifJpeg.photo().takenAt(visitLocal(c).minusDays(3)).bytes());
			assertThat(run(rule, c)).singleElement().satisfies(f -> {
				assertThat(f.messageKey()).isEqualTo("scrutiny.flag.PHOTO_DISAGREES.time");
				assertThat(f.data()).containsEntry("minutesApart", 3L * 24 * 60).containsEntry("attachmentId", "photo-1");
			});
		}

		@Test
		void flagsAPhotoWhoseGpsIsInAnotherTown() {
			Case c = new Case();
			c.exif = PhotoExif.parse(ExifJpeg.photo().takenAt(visitLocal(c)).at(28.6139, 77.2090).bytes());
			assertThat(run(rule, c)).singleElement()
				.satisfies(f -> assertThat(f.messageKey()).isEqualTo("scrutiny.flag.PHOTO_DISAGREES.place"));
		}

		@Test
		void readsACameraTimeWithItsOwnOffset() {
			Case c = new Case();
			// the same moment, written by a camera set to UTC
			c.exif = PhotoExif.parse(ExifJpeg.photo()
				.takenAt(LocalDateTime.ofInstant(c.visitedAt, ZoneId.of("UTC")))
				.offset("+00:00")
				.bytes());
			assertThat(run(rule, c)).isEmpty();
		}

		@Test
		void passesAPhotoTakenAtTheVisitTimeAndPlace() {
			Case c = new Case();
			c.exif = PhotoExif.parse(ExifJpeg.photo().takenAt(visitLocal(c).plusMinutes(10)).at(28.8102, 79.0301).bytes());
			assertThat(run(rule, c)).isEmpty();
		}

		@Test
		void aPhotoWithoutExifIsNotAFlagByItself() {
			assertThat(run(rule, new Case())).isEmpty();
		}
	}

	@Nested
	class TextNearlyIdentical {

		ReportCheck rule = new ReportCheck.TextNearlyIdentical(0.8);

		@Test
		void flagsTheClosestOtherReportsAboveTheThreshold() {
			Case c = new Case();
			c.similar.add(new ReportEvidence.SimilarReport(5, other(50, "2026000000051"), 0.92, true, true));
			c.similar.add(new ReportEvidence.SimilarReport(6, other(60, "2026000000062"), 0.85, false, true));
			c.similar.add(new ReportEvidence.SimilarReport(7, other(70, "2026000000073"), 0.5, true, true));
			List<Flag> flags = run(rule, c);
			assertThat(flags).extracting(Flag::messageKey)
				.containsExactly("scrutiny.flag.TEXT_NEARLY_IDENTICAL.officer", "scrutiny.flag.TEXT_NEARLY_IDENTICAL.station");
			assertThat(flags.get(0).data()).containsEntry("otherReference", "2026000000051")
				.containsEntry("otherComplaintId", 50L)
				.containsEntry("similarity", 0.92);
			assertThat(flags.get(0).otherComplaintId()).as("read with the reader's sight, like every other complaint named")
				.isEqualTo(50L);
		}

		private static ReportEvidence.OtherComplaint other(long id, String reference) {
			return new ReportEvidence.OtherComplaint(id, reference, 3);
		}

		@Test
		void passesAReportUnlikeTheOthers() {
			Case c = new Case();
			c.similar.add(new ReportEvidence.SimilarReport(7, other(70, "2026000000073"), 0.79, true, true));
			assertThat(run(rule, c)).isEmpty();
		}
	}

	@Nested
	class HearingAfterDisposal {

		ReportCheck rule = new ReportCheck.HearingAfterDisposal();

		@Test
		void flagsAHearingFixedForAfterTheReport() {
			Case c = new Case();
			c.hearing = LocalDate.of(2026, 12, 15);
			assertThat(run(rule, c)).singleElement().satisfies(f -> {
				assertThat(f.data()).containsEntry("hearingOn", "2026-12-15").containsEntry("source", "field");
				assertThat(f.arguments()).containsExactly("15-12-2026", "22-11-2026");
			});
		}

		@Test
		void flagsALaterDateWrittenInTheFindingsInDevanagariDigits() {
			Case c = new Case();
			c.findings = "दोनों पक्षों को अगली तारीख १५.१२.२०२६ को बुलाया गया है।";
			assertThat(run(rule, c)).singleElement()
				.satisfies(f -> assertThat(f.messageKey()).isEqualTo("scrutiny.flag.HEARING_AFTER_DISPOSAL.text"));
		}

		/** The probe's report: the same hearing written in figures and in words is flagged alike. */
		@Test
		void flagsAHearingDateWrittenInWordsLikeTheSameDateInFigures() {
			for (String date : List.of("16.12.2026", "16 दिसंबर 2026", "16 दिसम्बर, 2026", "१६ दिसंबर २०२६",
					"16 December 2026", "December 16, 2026")) {
				Case c = new Case();
				c.findings = "दोनों पक्षों को सुनवाई हेतु " + date + " को थाने पर बुलाया गया है; मामला निस्तारित किया जाए।";
				assertThat(run(rule, c)).as(date).singleElement().satisfies(f -> {
					assertThat(f.messageKey()).isEqualTo("scrutiny.flag.HEARING_AFTER_DISPOSAL.text");
					assertThat(f.data()).containsEntry("hearingOn", "2026-12-16");
					assertThat(f.arguments()).containsExactly("16-12-2026", "22-11-2026");
				});
			}
		}

		@Test
		void passesAMonthNamedWithoutADayAndADayTheMonthDoesNotHave() {
			Case c = new Case();
			c.findings = "दिसंबर में दोनों पक्षों को फिर बुलाया जाएगा; 31 फरवरी 2027 कोई तिथि नहीं।";
			assertThat(run(rule, c)).isEmpty();
		}

		@Test
		void passesAHearingHeldBeforeTheReportAndEarlierDatesInTheText() {
			Case c = new Case();
			c.hearing = LocalDate.of(2026, 11, 21);
			c.findings = "घटना 10-11-2026 की है; 21/11/2026 को सुनवाई हुई। 31-02-2027 कोई तिथि नहीं।";
			assertThat(run(rule, c)).isEmpty();
		}
	}

	@Nested
	class MobileMissingOrMasked {

		ReportCheck rule = new ReportCheck.MobileMissingOrMasked();

		@Test
		void flagsMissingMalformedMaskedAndDummyNumbers() {
			assertThat(ReportCheck.MobileMissingOrMasked.problem(null)).contains("missing");
			assertThat(ReportCheck.MobileMissingOrMasked.problem(" ")).contains("missing");
			assertThat(ReportCheck.MobileMissingOrMasked.problem("98XXXXXX10")).contains("masked");
			assertThat(ReportCheck.MobileMissingOrMasked.problem("94*****678")).contains("masked");
			assertThat(ReportCheck.MobileMissingOrMasked.problem("12345")).contains("malformed");
			assertThat(ReportCheck.MobileMissingOrMasked.problem("5412345678")).contains("malformed");
			assertThat(ReportCheck.MobileMissingOrMasked.problem("9999999999")).contains("dummy");
			assertThat(ReportCheck.MobileMissingOrMasked.problem("1234567890")).contains("dummy");
			assertThat(ReportCheck.MobileMissingOrMasked.problem("9876543210")).contains("dummy");
			assertThat(ReportCheck.MobileMissingOrMasked.problem("9000000000")).contains("dummy");
			Case c = new Case();
			c.mobile = "98XXXXXX10";
			assertThat(run(rule, c)).singleElement()
				.satisfies(f -> assertThat(f.messageKey()).isEqualTo("scrutiny.flag.MOBILE_MISSING_OR_MASKED.masked"));
		}

		@Test
		void passesARealLookingNumber() {
			assertThat(ReportCheck.MobileMissingOrMasked.problem("9412345678")).isEmpty();
			assertThat(ReportCheck.MobileMissingOrMasked.problem("7007012399")).isEmpty();
			assertThat(run(rule, new Case())).isEmpty();
		}
	}

	@Test
	void theAssignmentIsTheLastHandingOverBeforeTheReport() {
		var history = List.of(
				entry(org.samadhan.complaint.ComplaintAction.ASSIGN, ASSIGNED, null),
				entry(org.samadhan.complaint.ComplaintAction.RETURN_FOR_ENQUIRY, ASSIGNED.plus(Duration.ofDays(3)), null),
				entry(org.samadhan.complaint.ComplaintAction.RETURN_FOR_ENQUIRY, ASSIGNED.plus(Duration.ofDays(5)), 99L),
				entry(org.samadhan.complaint.ComplaintAction.REASSIGN, ASSIGNED.plus(Duration.ofDays(9)), null));
		assertThat(PaperDisposalDetector.assignedAt(history, ASSIGNED.plus(Duration.ofDays(4))))
			.isEqualTo(ASSIGNED);
		assertThat(PaperDisposalDetector.assignedAt(history, ASSIGNED.plus(Duration.ofDays(6))))
			.isEqualTo(ASSIGNED.plus(Duration.ofDays(5)));
	}

	private static org.samadhan.complaint.HistoryEntry entry(org.samadhan.complaint.ComplaintAction action, Instant at,
			Long handedTo) {
		return new org.samadhan.complaint.HistoryEntry(1, action, null, ComplaintStatus.ASSIGNED, 1L, "x",
				org.samadhan.jurisdiction.Role.SHO, null, null, handedTo, at);
	}

	@Nested
	class PhotoReused {

		ReportCheck rule = new ReportCheck.PhotoReused(6);

		ReportEvidence.OtherComplaint other = new ReportEvidence.OtherComplaint(42, "2026000000420", 3);

		@Test
		void theSameFileIsFlaggedWithTheOtherComplaintKeptForTheReader() {
			Case c = new Case();
			c.reused.add(new ReportEvidence.ReusedPhoto("photo-1", 11, c.visitedAt, other, "photo-9",
					c.visitedAt.minus(Duration.ofDays(30)), true, 0));
			List<Flag> flags = run(rule, c);
			assertThat(flags).extracting(Flag::messageKey).containsExactly("scrutiny.flag.PHOTO_REUSED.same-file");
			assertThat(flags.get(0).otherComplaintId()).isEqualTo(42);
			assertThat(flags.get(0).data()).containsEntry("otherReference", "2026000000420")
				.containsEntry("otherUnitId", 3L)
				.containsEntry("distanceBits", 0);
			// the other complaint is put in as {0} when read; the dates of both visits are the rest
			assertThat(flags.get(0).arguments()).containsExactly("21-11-2026 13:30", "22-10-2026 13:30", "0");
		}

		@Test
		void aPictureWithinTheThresholdIsFlaggedAndOneBeyondItIsNot() {
			Case c = new Case();
			c.reused.add(new ReportEvidence.ReusedPhoto("photo-1", 11, c.visitedAt, other, "photo-9", c.visitedAt, false, 6));
			c.reused.add(new ReportEvidence.ReusedPhoto("photo-1", 11, c.visitedAt,
					new ReportEvidence.OtherComplaint(43, "2026000000431", 3), "photo-8", c.visitedAt, false, 7));
			assertThat(run(rule, c)).extracting(Flag::messageKey)
				.containsExactly("scrutiny.flag.PHOTO_REUSED.same-picture");
		}
	}

	@Nested
	class ImpossibleTimeline {

		ReportCheck.ImpossibleTimeline rule = new ReportCheck.ImpossibleTimeline(80, 2000);

		ReportEvidence.OtherComplaint other = new ReportEvidence.OtherComplaint(42, "2026000000420", 3);

		ReportEvidence.TimelineStep step(double km, Duration between) {
			Instant at = FILED.minus(Duration.ofHours(5));
			GeoPoint here = new GeoPoint(INCIDENT_LAT, INCIDENT_LON);
			GeoPoint there = new GeoPoint(INCIDENT_LAT + km / 111.195, INCIDENT_LON);
			return new ReportEvidence.TimelineStep(new ReportEvidence.EnquiryVisit(11, at.plus(between), here),
					new ReportEvidence.EnquiryVisit(12, at, there), other, here.metersTo(there), between);
		}

		@Test
		void fortyKilometresInTenMinutesIsFlaggedWithTheImpliedSpeed() {
			Case c = new Case();
			c.timeline.add(step(40, Duration.ofMinutes(10)));
			List<Flag> flags = run(rule, c);
			assertThat(flags).extracting(Flag::code).containsExactly(FlagCode.IMPOSSIBLE_TIMELINE);
			assertThat(flags.get(0).data()).containsEntry("impliedKmh", 240L).containsEntry("distanceMeters", 40000L);
			assertThat(flags.get(0).arguments()).containsSequence("40.0", "10", "240", "80");
		}

		@Test
		void travelAtTheLimitAndTheGpsAllowanceAreNotFlagged() {
			Case c = new Case();
			c.timeline.add(step(41.9, Duration.ofMinutes(30))); // 39.9 km beyond the allowance in 30 minutes: under 80 km/h
			c.timeline.add(step(1.9, Duration.ZERO)); // two fixes of one place
			c.timeline.add(step(30, Duration.ofMinutes(45)));
			assertThat(run(rule, c)).isEmpty();
			c.timeline.add(step(42.5, Duration.ofMinutes(30)));
			c.timeline.add(step(2.5, Duration.ZERO));
			assertThat(run(rule, c)).hasSize(2);
		}
	}
}
