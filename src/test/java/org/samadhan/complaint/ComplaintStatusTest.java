package org.samadhan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The status table, written out again here by hand as the domain describes it, and compared with
 * the enum for every (status, action) pair: a move added or lost by mistake fails here.
 */
class ComplaintStatusTest {

	private static final String EXPECTED = """
			REGISTERED               ROUTE_TO_DISTRICT        DISTRICT_INBOX
			REGISTERED               ROUTE_TO_STATION         STATION_INBOX
			DISTRICT_INBOX           MARK_TO_STATION          STATION_INBOX
			DISTRICT_INBOX           TRANSFER_TO_DISTRICT     DISTRICT_INBOX
			DISTRICT_INBOX           TRANSFER_OUT             TRANSFERRED
			STATION_INBOX            SEND_BACK_TO_DISTRICT    DISTRICT_INBOX
			STATION_INBOX            ASSIGN                   ASSIGNED
			ASSIGNED                 START_ENQUIRY            UNDER_ENQUIRY
			ASSIGNED                 PROPOSE_SPECIAL_CLOSURE  SPECIAL_CLOSURE_PROPOSED
			UNDER_ENQUIRY            SUBMIT_REPORT            REPORT_SUBMITTED
			UNDER_ENQUIRY            PROPOSE_SPECIAL_CLOSURE  SPECIAL_CLOSURE_PROPOSED
			REPORT_SUBMITTED         FORWARD                  IN_REVIEW
			REPORT_SUBMITTED         DISPOSE                  DISPOSED
			REPORT_SUBMITTED         RETURN_FOR_ENQUIRY       RETURNED
			IN_REVIEW                FORWARD                  IN_REVIEW
			IN_REVIEW                DISPOSE                  DISPOSED
			IN_REVIEW                RETURN_FOR_ENQUIRY       RETURNED
			RETURNED                 START_ENQUIRY            UNDER_ENQUIRY
			RETURNED                 PROPOSE_SPECIAL_CLOSURE  SPECIAL_CLOSURE_PROPOSED
			SPECIAL_CLOSURE_PROPOSED APPROVE_SPECIAL_CLOSURE  SPECIAL_CLOSED
			SPECIAL_CLOSURE_PROPOSED REJECT_SPECIAL_CLOSURE   UNDER_ENQUIRY
			DISPOSED                 REQUEST_FEEDBACK         FEEDBACK_PENDING
			FEEDBACK_PENDING         RECORD_SATISFIED         CLOSED
			FEEDBACK_PENDING         RECORD_DISSATISFIED      REOPENED
			FEEDBACK_PENDING         CLOSE_WITHOUT_FEEDBACK   CLOSED_NO_FEEDBACK
			REOPENED                 REASSIGN                 ASSIGNED
			ASSIGNED                 HAND_OVER                ASSIGNED
			UNDER_ENQUIRY            HAND_OVER                ASSIGNED
			RETURNED                 HAND_OVER                ASSIGNED
			CLOSED                   APPEAL                   APPEALED
			CLOSED_NO_FEEDBACK       APPEAL                   APPEALED
			SPECIAL_CLOSED           APPEAL                   APPEALED
			APPEALED                 UPHOLD_CLOSURE           CLOSED
			APPEALED                 REOPEN_ON_APPEAL         REOPENED
			""";

	private static final Map<String, ComplaintStatus> TABLE = EXPECTED.lines()
		.map(line -> line.trim().split("\\s+"))
		.collect(Collectors.toMap(cells -> cells[0] + " " + cells[1], cells -> ComplaintStatus.valueOf(cells[2])));

	static Stream<Arguments> everyStatusAndAction() {
		return Arrays.stream(ComplaintStatus.values())
			.flatMap(status -> Arrays.stream(ComplaintAction.values()).map(action -> Arguments.of(status, action)));
	}

	@ParameterizedTest(name = "{0} + {1}")
	@MethodSource("everyStatusAndAction")
	void allowsExactlyTheMovesTheDomainDescribes(ComplaintStatus status, ComplaintAction action) {
		Optional<ComplaintStatus> expected = Optional.ofNullable(TABLE.get(status + " " + action));
		assertThat(status.after(action)).isEqualTo(expected);
		assertThat(status.actions().contains(action)).isEqualTo(expected.isPresent());
		expected.ifPresent(target -> assertThat(status.canMoveTo(target)).isTrue());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("finalStatuses")
	void leavesNoWayOutOfAFinalStatus(ComplaintStatus status) {
		assertThat(status.isFinal()).isTrue();
		assertThat(status.actions()).isEmpty();
		assertThat(Arrays.stream(ComplaintStatus.values()).filter(status::canMoveTo)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("facts")
	void neverMovesAComplaintByAFact(ComplaintAction fact) {
		assertThat(Arrays.stream(ComplaintStatus.values()).filter(s -> s.actions().contains(fact))).isEmpty();
	}

	static Stream<ComplaintAction> facts() {
		return Arrays.stream(ComplaintAction.values()).filter(ComplaintAction::isFact);
	}

	static Stream<ComplaintStatus> finalStatuses() {
		return Stream.of(ComplaintStatus.TRANSFERRED);
	}

	@Test
	void anOpenEnquiryIsWhatTheStationsChainMayHandOver() {
		assertThat(ComplaintStatus.openEnquiry()).containsExactlyInAnyOrder(ComplaintStatus.ASSIGNED,
				ComplaintStatus.UNDER_ENQUIRY, ComplaintStatus.RETURNED);
	}
}
