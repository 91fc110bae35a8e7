package org.samadhan.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Placement;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.ReferenceNumber;

/** The aggregate's verbs, without Spring: who may do what, from which status. */
class ComplaintTest {

	static final Instant NOW = Instant.parse("2026-11-28T05:00:00Z");

	static final Unit DISTRICT = new Unit(10, "RAMPUR", UnitKind.DISTRICT, "Rampur", "रामपुर", 5L, 2L, 5L, 10L, null,
			null, 57, null);

	static final Unit OTHER_DISTRICT = new Unit(11, "BAREILLY", UnitKind.DISTRICT, "Bareilly", "बरेली", 5L, 2L, 5L, 11L,
			null, null, 12, null);

	static final Unit CIRCLE = new Unit(20, "RAMPUR_CIRCLE_CITY", UnitKind.CIRCLE, "City", "नगर", 10L, 2L, 5L, 10L, 20L,
			null, 0, null);

	static final Unit STATION = new Unit(30, "RAMPUR_KOTWALI", UnitKind.STATION, "Kotwali", "कोतवाली", 20L, 2L, 5L, 10L,
			20L, 30L, 0, null);

	static final Unit BEAT = new Unit(31, "RAMPUR_KOTWALI_HALKA_1", UnitKind.BEAT, "Beat 1", "हल्का 1", 30L, 2L, 5L, 10L,
			20L, 30L, 0, null);

	static final Actor CELL = new Actor(1L, "cell", Set.of(Role.IGRS_CELL), DISTRICT);

	static final Actor SHO = new Actor(2L, "sho", Set.of(Role.SHO), STATION);

	static final Officer IO_OFFICER = new Officer(3L, "io", "IO", "आईओ", "SI", "9000000000", BEAT, Set.of(Role.IO), true);

	static final Actor IO = IO_OFFICER.asActor();

	static final Officer CO_OFFICER = new Officer(4L, "co", "CO", "सीओ", "DSP", "9000000001", CIRCLE, Set.of(Role.CO),
			true);

	static final Actor CO = CO_OFFICER.asActor();

	static final Actor ASP = new Actor(5L, "asp", Set.of(Role.ASP), DISTRICT);

	static final Actor SP = new Actor(6L, "sp", Set.of(Role.SP), DISTRICT);

	static final Actor DESK = new Actor(7L, "desk", Set.of(Role.FEEDBACK_DESK), DISTRICT);

	static final Actor COMPLAINANT = Actor.citizen("Ramesh");

	static final Officer OTHER_IO = new Officer(8L, "io2", "IO 2", "आईओ 2", "SI", "9000000002", BEAT, Set.of(Role.IO),
			true);

	static Complaint inStatus(ComplaintStatus status) {
		boolean atStation = status != ComplaintStatus.REGISTERED && status != ComplaintStatus.DISTRICT_INBOX;
		boolean assigned = atStation && status != ComplaintStatus.STATION_INBOX;
		Role awaiting = switch (status) {
			case REPORT_SUBMITTED -> Role.SHO;
			case IN_REVIEW -> Role.CO;
			case SPECIAL_CLOSURE_PROPOSED, APPEALED -> Role.ASP;
			case REOPENED -> Role.CO;
			default -> null;
		};
		return new Complaint(1, ReferenceNumber.issue(2026, 57, 1), status, 3, Channel.PORTAL,
				new Category("LAND_DISPUTE", "Land dispute", "भूमि विवाद", true),
				new Person("Ramesh", "9876543210", null, null), null, "text",
				new Incident(LocalDate.of(2026, 11, 20), "Rampur", null, null), null,
				atStation ? Placement.station(STATION) : Placement.district(DISTRICT), assigned ? IO.officerId() : null,
				awaiting, 0, 0, null, null, NOW, NOW, Due.NOT_SET);
	}

	/** Each action done by the officer entitled to it. */
	static Consumer<Complaint> verb(ComplaintAction action) {
		return switch (action) {
			case REGISTER, ROUTE_TO_DISTRICT, ROUTE_TO_STATION -> null;
			case MARK_TO_STATION -> c -> c.markToStation(STATION, CELL, null, NOW);
			case SEND_BACK_TO_DISTRICT -> c -> c.sendBackToDistrict(SHO, "not ours", NOW);
			case TRANSFER_TO_DISTRICT -> c -> c.transferToDistrict(OTHER_DISTRICT, CELL, "wrong district", NOW);
			case TRANSFER_OUT -> c -> c.transferOut("Tehsildar Sadar", CELL, "revenue matter", NOW);
			case ASSIGN -> c -> c.assign(IO_OFFICER, SHO, null, NOW);
			case START_ENQUIRY -> c -> c.startEnquiry(IO, NOW);
			case SUBMIT_REPORT -> c -> c.submitReport(Role.SHO, IO, null, NOW);
			case FORWARD -> c -> c.approve(Role.ASP, c.awaitingRole() == Role.CO ? CO : SHO, null, NOW);
			case DISPOSE -> c -> c.approve(null, c.awaitingRole() == Role.CO ? CO : SHO, null, NOW);
			case RETURN_FOR_ENQUIRY -> c -> c.returnForEnquiry("weak", 3, CO_OFFICER, c.awaitingRole() == Role.CO ? CO : SHO, NOW);
			case PROPOSE_SPECIAL_CLOSURE -> c -> c.proposeSpecialClosure(Role.ASP, IO, "in court", NOW);
			case APPROVE_SPECIAL_CLOSURE -> c -> c.decideSpecialClosure(true, ASP, "case 12/2026 pending", NOW);
			case REJECT_SPECIAL_CLOSURE -> c -> c.decideSpecialClosure(false, ASP, "enquire first", NOW);
			case REQUEST_FEEDBACK -> null;
			case RECORD_SATISFIED -> c -> c.recordFeedback(true, null, COMPLAINANT, NOW);
			case RECORD_DISSATISFIED -> c -> c.recordFeedback(false, "nobody came", COMPLAINANT, NOW);
			case CLOSE_WITHOUT_FEEDBACK -> c -> c.closeWithoutFeedback("three calls unanswered", DESK, NOW);
			case REASSIGN -> c -> c.reassign(OTHER_IO, Set.of(IO_OFFICER.id()), CO, null, NOW);
			case APPEAL -> c -> c.appeal("nothing was done", NOW.minusSeconds(86_400), Duration.ofDays(30), COMPLAINANT, NOW);
			case UPHOLD_CLOSURE -> c -> c.decideAppeal(false, "enquiry was sound", ASP, NOW);
			case REOPEN_ON_APPEAL -> c -> c.decideAppeal(true, "visit never made", ASP, NOW);
			default -> null;
		};
	}

	static Stream<Arguments> everyStatusAndAction() {
		return Arrays.stream(ComplaintStatus.values())
			.flatMap(status -> Arrays.stream(ComplaintAction.values())
				.filter(action -> verb(action) != null)
				.map(action -> Arguments.of(status, action)));
	}

	@ParameterizedTest(name = "{0} + {1}")
	@MethodSource("everyStatusAndAction")
	void movesOnlyWhereTheTableAllowsAndRecordsTheMove(ComplaintStatus status, ComplaintAction action) {
		Complaint complaint = inStatus(status);
		boolean allowed = status.after(action).isPresent() && !(status == ComplaintStatus.UNDER_ENQUIRY
				&& action == ComplaintAction.START_ENQUIRY);
		if (status == ComplaintStatus.UNDER_ENQUIRY && action == ComplaintAction.START_ENQUIRY) {
			verb(action).accept(complaint);
			assertThat(complaint.pendingHistory()).as("work during an enquiry does not move it").isEmpty();
			return;
		}
		if (allowed) {
			verb(action).accept(complaint);
			ComplaintStatus expected = status.after(action).orElseThrow();
			if (action == ComplaintAction.DISPOSE) {
				expected = ComplaintStatus.FEEDBACK_PENDING;
				assertThat(complaint.pendingHistory()).extracting(Complaint.PendingEntry::action)
					.containsExactly(ComplaintAction.DISPOSE, ComplaintAction.REQUEST_FEEDBACK);
			}
			else {
				assertThat(complaint.pendingHistory()).hasSize(1);
			}
			assertThat(complaint.status()).isEqualTo(expected);
			assertThat(complaint.pendingHistory()).first().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo(action);
				assertThat(entry.from()).isEqualTo(status);
				assertThat(entry.to()).isEqualTo(status.after(action).orElseThrow());
				assertThat(entry.at()).isEqualTo(NOW);
			});
		}
		else {
			assertThatThrownBy(() -> verb(action).accept(complaint)).isInstanceOf(IllegalMoveException.class);
			assertThat(complaint.status()).isEqualTo(status);
			assertThat(complaint.pendingHistory()).isEmpty();
		}
	}

	@Test
	void routesAGrievanceHeardAtAStationStraightToItsInbox() {
		Complaint complaint = Complaint.register(1, ReferenceNumber.issue(2026, 57, 1), Channel.SAMADHAN_DIWAS,
				new Category("THEFT", "Theft", "चोरी", false), new Person("R", "9876543210", null, null), null, "x",
				new Incident(null, "Rampur", null, null), DISTRICT, STATION, SHO, NOW);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.STATION_INBOX);
		assertThat(complaint.placement().stationId()).isEqualTo(STATION.id());
		assertThat(complaint.pendingHistory()).extracting(Complaint.PendingEntry::action)
			.containsExactly(ComplaintAction.REGISTER, ComplaintAction.ROUTE_TO_STATION);
	}

	@Test
	void routesAPortalComplaintToTheDistrictInboxEvenWhenItNamesAStation() {
		Complaint complaint = Complaint.register(1, ReferenceNumber.issue(2026, 57, 1), Channel.PORTAL,
				new Category("THEFT", "Theft", "चोरी", false), new Person("R", "9876543210", null, null), null, "x",
				new Incident(null, "Rampur", null, null), DISTRICT, STATION, Actor.citizen("R"), NOW);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.DISTRICT_INBOX);
		assertThat(complaint.placement().stationId()).isNull();
		assertThat(complaint.suggestedStationId()).as("kept as the cell's suggestion").isEqualTo(STATION.id());
	}

	@Test
	void reopensOnDissatisfactionAndWaitsForACircleOfficerToChooseADifferentOfficer() {
		Complaint complaint = inStatus(ComplaintStatus.FEEDBACK_PENDING);
		assertThatThrownBy(() -> complaint.recordFeedback(false, " ", COMPLAINANT, NOW))
			.isInstanceOf(InvalidInputException.class);
		complaint.recordFeedback(false, "the officer never came", COMPLAINANT, NOW);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.REOPENED);
		assertThat(complaint.reopenCount()).isEqualTo(1);
		assertThat(complaint.awaitingRole()).isEqualTo(Role.CO);
		assertThatThrownBy(() -> complaint.reassign(IO_OFFICER, Set.of(IO_OFFICER.id()), CO, null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("complaint.reassign.same-officer");
		assertThatThrownBy(() -> complaint.reassign(OTHER_IO, Set.of(IO_OFFICER.id()), SHO, null, NOW))
			.isInstanceOf(ForbiddenActionException.class);
		complaint.reassign(OTHER_IO, Set.of(IO_OFFICER.id()), CO, null, NOW);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.ASSIGNED);
		assertThat(complaint.enquiryOfficerId()).isEqualTo(OTHER_IO.id());
	}

	@Test
	void refusesAnAppealAfterTheWindow() {
		Complaint complaint = inStatus(ComplaintStatus.CLOSED);
		assertThatThrownBy(() -> complaint.appeal("late", NOW.minus(Duration.ofDays(31)), Duration.ofDays(30),
				COMPLAINANT, NOW))
			.hasMessage("complaint.appeal.too-late");
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
		assertThatThrownBy(() -> complaint.appeal("by whom?", NOW, Duration.ofDays(30), DESK, NOW))
			.isInstanceOf(ForbiddenActionException.class);
	}

	@Test
	void refusesAnActionToAnOfficerWithoutTheRole() {
		Complaint complaint = inStatus(ComplaintStatus.DISTRICT_INBOX);
		assertThatThrownBy(() -> complaint.markToStation(STATION, SHO, null, NOW))
			.isInstanceOf(ForbiddenActionException.class);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.DISTRICT_INBOX);
	}

	@Test
	void neverLetsTheAuthorReviewTheirOwnReport() {
		Complaint complaint = inStatus(ComplaintStatus.REPORT_SUBMITTED);
		Actor authorWhoIsAlsoSho = new Actor(IO.officerId(), "io", Set.of(Role.IO, Role.SHO), STATION);
		assertThatThrownBy(() -> complaint.approve(Role.CO, authorWhoIsAlsoSho, null, NOW))
			.isInstanceOf(ForbiddenActionException.class)
			.hasMessage("complaint.review.author-may-not-review");
	}

	@Test
	void recordsEachReviewLevelPassedOverAfterTheFilingOrApprovalThatPassedIt() {
		Complaint complaint = inStatus(ComplaintStatus.UNDER_ENQUIRY);
		ReviewChain.Route pastTheSho = new ReviewChain.Route(Role.CO,
				List.of(new ReviewChain.PassedOver(Role.SHO, "SHO passed over")));
		complaint.submitReport(pastTheSho, IO, null, NOW);
		assertThat(complaint.awaitingRole()).isEqualTo(Role.CO);
		assertThat(complaint.pendingHistory()).extracting(Complaint.PendingEntry::action)
			.containsExactly(ComplaintAction.SUBMIT_REPORT, ComplaintAction.REVIEW_LEVEL_PASSED_OVER);
		Complaint.PendingEntry passed = complaint.pendingHistory().get(1);
		assertThat(passed.role()).isEqualTo(Role.SYSTEM);
		assertThat(passed.reason()).isEqualTo("SHO passed over");
		assertThat(passed.from()).isEqualTo(ComplaintStatus.REPORT_SUBMITTED);
		assertThat(passed.to()).isEqualTo(ComplaintStatus.REPORT_SUBMITTED);

		complaint.stored(4);
		complaint.approve(new ReviewChain.Route(Role.ASP, List.of(new ReviewChain.PassedOver(Role.SP, "why"))), false,
				CO, null, NOW);
		assertThat(complaint.pendingHistory()).extracting(Complaint.PendingEntry::action)
			.containsExactly(ComplaintAction.FORWARD, ComplaintAction.REVIEW_LEVEL_PASSED_OVER);
		assertThat(complaint.awaitingRole()).isEqualTo(Role.ASP);
	}

	@Test
	void letsOnlyTheAwaitedLevelReview() {
		Complaint complaint = inStatus(ComplaintStatus.REPORT_SUBMITTED);
		assertThatThrownBy(() -> complaint.approve(Role.ASP, CO, null, NOW)).isInstanceOf(ForbiddenActionException.class);
	}

	@Test
	void letsTheSpActForTheAsp() {
		Complaint complaint = inStatus(ComplaintStatus.SPECIAL_CLOSURE_PROPOSED);
		complaint.decideSpecialClosure(true, SP, "court case 44/2026", NOW);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.SPECIAL_CLOSED);
		assertThat(complaint.pendingHistory().get(0).role()).isEqualTo(Role.SP);
	}

	@Test
	void assignsOnlyAnInvestigatingOfficerOfTheSameStation() {
		Complaint complaint = inStatus(ComplaintStatus.STATION_INBOX);
		Unit otherStation = new Unit(40, "RAMPUR_GANJ", UnitKind.STATION, "Ganj", "गंज", 20L, 2L, 5L, 10L, 20L, 40L, 0,
				null);
		Officer elsewhere = new Officer(9L, "io.ganj", "IO", "आईओ", "SI", null, otherStation, Set.of(Role.IO), true);
		assertThatThrownBy(() -> complaint.assign(elsewhere, SHO, null, NOW)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> complaint.assign(CO_OFFICER, SHO, null, NOW)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void movesTheEnquiryToTheCircleOfficerOnTheThirdReturn() {
		Complaint complaint = inStatus(ComplaintStatus.REPORT_SUBMITTED);
		for (int round = 1; round <= 3; round++) {
			complaint.returnForEnquiry("weak " + round, 3, CO_OFFICER, SHO, NOW);
			assertThat(complaint.returnCount()).isEqualTo(round);
			Long expectedOfficer = round < 3 ? IO.officerId() : CO.officerId();
			assertThat(complaint.enquiryOfficerId()).isEqualTo(expectedOfficer);
			assertThat(complaint.pendingHistory().get(0).handedTo()).isEqualTo(round < 3 ? null : CO.officerId());
			Actor author = round < 3 ? IO : CO;
			assertThatThrownBy(() -> complaint.submitReport(Role.SHO, author, null, NOW))
				.as("a returned report is filed again only after new work")
				.isInstanceOf(IllegalMoveException.class);
			complaint.startEnquiry(author, NOW);
			complaint.submitReport(Role.SHO, author, null, NOW);
			complaint.stored(complaint.version() + 1);
		}
		complaint.returnForEnquiry("a fourth time", 3, CO_OFFICER, SHO, NOW);
		assertThat(complaint.enquiryOfficerId()).isEqualTo(CO.officerId());
		assertThatThrownBy(() -> complaint.startEnquiry(IO, NOW)).isInstanceOf(ForbiddenActionException.class);
	}

	@Test
	void requiresAWrittenReasonToReturn() {
		Complaint complaint = inStatus(ComplaintStatus.REPORT_SUBMITTED);
		assertThatThrownBy(() -> complaint.returnForEnquiry(" ", 3, CO_OFFICER, SHO, NOW))
			.isInstanceOf(InvalidInputException.class);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.REPORT_SUBMITTED);
	}
}
