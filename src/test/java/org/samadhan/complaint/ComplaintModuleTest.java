package org.samadhan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The complaint module with only what it depends on (jurisdiction, shared): registering and
 * marking a complaint publish their events after the change is stored.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles("test")
class ComplaintModuleTest {

	/** The web module, left out here, supplies the password encoder that jurisdiction's accounts use. */
	@TestConfiguration
	static class Passwords {

		@Bean
		PasswordEncoder passwordEncoder() {
			return new BCryptPasswordEncoder();
		}
	}

	@Autowired
	Complaints complaints;

	@Autowired
	Jurisdiction jurisdiction;

	@Test
	void registeringAComplaintTellsWhoeverListensWithItsReferenceNumber(Scenario scenario) {
		long rampur = jurisdiction.unitByCode("RAMPUR").orElseThrow().id();
		NewComplaint request = new NewComplaint(Channel.HELPLINE_1076, "THREAT",
				new Person("सलमा", "9811122233", null, null), null, "धमकी दी जा रही है",
				new Incident(LocalDate.of(2026, 11, 1), "ज्वालानगर, रामपुर", null, null), rampur, null);
		scenario.stimulate(() -> complaints.register(request, Actor.citizen("सलमा")))
			.andWaitForEventOfType(ComplaintRegistered.class)
			.toArriveAndVerify((event, view) -> {
				assertThat(event.reference()).isEqualTo(view.reference());
				assertThat(event.mobile()).isEqualTo("9811122233");
				assertThat(ReferenceNumber.parse(event.reference()).value()).startsWith("26");
				assertThat(view.status()).isEqualTo(ComplaintStatus.DISTRICT_INBOX);
			});
	}

	@Test
	void markingAComplaintAnnouncesTheMoveWithWhoMadeIt(Scenario scenario) {
		long rampur = jurisdiction.unitByCode("RAMPUR").orElseThrow().id();
		long kotwali = jurisdiction.unitByCode("RAMPUR_KOTWALI").orElseThrow().id();
		ComplaintView complaint = complaints.register(new NewComplaint(Channel.POST, "THEFT",
				new Person("राम", "9811122234", null, null), null, "साइकिल चोरी",
				new Incident(null, "रामपुर", null, null), rampur, null), Actor.citizen("राम"));
		Actor cell = jurisdiction.findOfficerByUsername("cell.rampur").orElseThrow().asActor();
		scenario.stimulate(() -> complaints.markToStation(ReferenceNumber.parse(complaint.reference()), kotwali, null, cell))
			.andWaitForEventOfType(ComplaintStatusChanged.class)
			.matching(event -> event.action() == ComplaintAction.MARK_TO_STATION)
			.toArriveAndVerify(event -> {
				assertThat(event.from()).isEqualTo(ComplaintStatus.DISTRICT_INBOX);
				assertThat(event.to()).isEqualTo(ComplaintStatus.STATION_INBOX);
				assertThat(event.actorOfficerId()).isEqualTo(cell.officerId());
			});
	}
}
