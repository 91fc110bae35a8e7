package org.samadhan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samadhan.support.Story.expect;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.RecordingSmsGateway;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * As in production: the poller is on (here so slow it never comes round during the test) and a
 * transaction's messages are handed to a sender thread the moment it commits, so the citizen's
 * acknowledgement goes out at once rather than at the next poll.
 */
@SamadhanTest
@Import(RecordingSmsGateway.Config.class)
@TestPropertySource(properties = { "samadhan.notification.dispatch.enabled=true",
		"samadhan.notification.dispatch.interval=PT1H", "samadhan.notification.dispatch.after-commit=async" })
class AfterCommitDeliveryTest {

	@LocalServerPort
	int port;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	ApplicationContext context;

	@Test
	void theAcknowledgementGoesOutRightAfterTheCommitWithoutWaitingForThePoller() {
		assertThat(context.getBeansOfType(OutboxPoller.class)).hasSize(1);
		String mobile = Story.freshMobile();
		String reference = expect(Api.at(port).post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(sms.textsTo(mobile)).singleElement().asString().contains(reference));
	}
}
