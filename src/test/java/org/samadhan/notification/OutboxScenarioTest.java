package org.samadhan.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Incident;
import org.samadhan.complaint.NewComplaint;
import org.samadhan.complaint.Person;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The demo has no SMS gateway and no SMTP server: every message is recorded in the outbox, written
 * with the change that causes it, and an administrator (only an administrator) reads them there.
 */
@SamadhanTest
class OutboxScenarioTest {

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	Complaints complaints;

	@Autowired
	Jurisdiction jurisdiction;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theDemoRecordsWhatItWouldSendAndTheAdminReadsItNewestFirst() {
		String mobile = Story.freshMobile();
		Map<String, Object> complaint = new HashMap<>(Story.complaint(mobile, "THEFT"));
		complaint.put("complainant", Map.of("name", "सीता देवी", "mobile", mobile, "email", "sita@example.org"));
		String reference = expect(Api.at(port).post("/api/public/complaints", complaint), 201).field("reference");

		JsonNode page = expect(admin().get("/api/admin/outbox?complaint=" + reference), 200).json();
		JsonNode items = page.get("items");
		assertThat(items).hasSize(2);
		assertThat(items.get(0).get("channel").asString()).isEqualTo("EMAIL");
		assertThat(items.get(0).get("recipient").asString()).isEqualTo("sita@example.org");
		assertThat(items.get(0).get("subject").asString()).contains(reference).contains("दर्ज");
		assertThat(items.get(1).get("channel").asString()).isEqualTo("SMS");
		assertThat(items.get(1).get("recipient").asString()).as("unmasked for the admin").isEqualTo(mobile);
		assertThat(items.get(1).get("body").asString()).contains(reference).contains("शिकायत दर्ज");
		for (JsonNode item : items) {
			assertThat(item.get("status").asString()).isEqualTo("RECORDED");
			assertThat(item.get("complaintReference").asString()).isEqualTo(reference);
			assertThat(item.get("template").asString()).isEqualTo("registered");
			assertThat(item.get("locale").asString()).isEqualTo("hi");
		}
	}

	@Test
	void nobodyButAnAdministratorReadsTheOutbox() {
		String reference = new Story(Api.at(port)).filed("THEFT");
		for (String officer : List.of(Story.SHO, Story.CELL, Story.ASP, "sp.rampur")) {
			Api.Response refused = Api.at(port).as(officer).get("/api/admin/outbox?complaint=" + reference);
			assertThat(refused.status()).as(officer).isEqualTo(403);
			assertThat(refused.text()).doesNotContain(reference);
		}
		assertThat(Api.at(port).get("/api/admin/outbox").status()).isEqualTo(401);
		expect(admin().get("/api/admin/outbox?complaint=" + reference), 200);
	}

	@Test
	void theAdminFiltersByStatusAndRecipientAPageAtATime() {
		String mobile = Story.freshMobile();
		Api citizen = Api.at(port);
		String first = expect(citizen.post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
		String second = expect(citizen.post("/api/public/complaints", Story.complaint(mobile, "THEFT")), 201)
			.field("reference");
		expect(citizen.post("/api/public/complaints/" + first + "/code", ""), 202);

		JsonNode all = expect(admin().get("/api/admin/outbox?recipient=" + mobile), 200).json();
		assertThat(all.get("items")).extracting(item -> item.get("template").asString())
			.containsExactly("citizen-code", "registered", "registered");
		assertThat(all.get("items").get(0).get("body").asString()).as("the demo shows the code it would have sent")
			.containsPattern("\\b\\d{6}\\b");
		assertThat(all.get("more").asBoolean()).isFalse();

		JsonNode page0 = expect(admin().get("/api/admin/outbox?recipient=" + mobile + "&size=2"), 200).json();
		JsonNode page1 = expect(admin().get("/api/admin/outbox?recipient=" + mobile + "&size=2&page=1"), 200).json();
		assertThat(page0.get("items")).hasSize(2);
		assertThat(page0.get("more").asBoolean()).isTrue();
		assertThat(page1.get("items")).hasSize(1);
		assertThat(page1.get("more").asBoolean()).isFalse();
		assertThat(page1.get("items").get(0).get("complaintReference").asString()).isEqualTo(first);
		assertThat(page0.get("items").get(1).get("complaintReference").asString()).isEqualTo(second);

		assertThat(expect(admin().get("/api/admin/outbox?status=RECORDED&recipient=" + mobile), 200).json()
			.get("items")).hasSize(3);
		assertThat(expect(admin().get("/api/admin/outbox?status=FAILED&recipient=" + mobile), 200).json()
			.get("items")).isEmpty();
		assertThat(admin().get("/api/admin/outbox?status=LOST").status()).isEqualTo(400);
	}

	@Test
	void theAdminNeverReadsTheSecretOfAMessageStillWaitingToBeSent() {
		String mobile = Story.freshMobile();
		String key = "test-secret:" + mobile;
		new TransactionTemplate(transactions).executeWithoutResult(
				status -> outbox.smsWithSecret(mobile, HINDI, "citizen-code", null, key, 0, "482913", "R-7"));
		// A gateway outage: the message waits for its retry with the code in the text it will send.
		jdbc.sql("update notification_outbox set status = 'PENDING' where dedupe_key = ?").param(key).update();

		JsonNode item = expect(admin().get("/api/admin/outbox?recipient=" + mobile), 200).json().get("items").get(0);
		assertThat(item.get("status").asString()).isEqualTo("PENDING");
		assertThat(item.get("body").asString()).as("the admin could read the citizen's complaint with it")
			.doesNotContain("482913")
			.contains("******");
		assertThat(jdbc.sql("select body from notification_outbox where dedupe_key = ?").param(key).query(String.class)
			.single()).as("still sent as written").contains("482913");
	}

	@Test
	void aComplaintRegisteredInATransactionThatRollsBackLeavesNoMessage() {
		String rolledBack = Story.freshMobile();
		String committed = Story.freshMobile();
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		transaction.executeWithoutResult(status -> {
			complaints.register(newComplaint(rolledBack), Actor.citizen("रमेश कुमार"));
			assertThat(messagesTo(rolledBack)).as("written in the transaction").isEqualTo(1);
			status.setRollbackOnly();
		});
		transaction.executeWithoutResult(status -> complaints.register(newComplaint(committed),
				Actor.citizen("रमेश कुमार")));

		assertThat(messagesTo(rolledBack)).isZero();
		assertThat(messagesTo(committed)).isEqualTo(1);
	}

	@Test
	void aMessageToAMissingOrMalformedMobileIsKeptAsFailedForTheAdminToSee() {
		String key = "test-malformed:" + Story.freshMobile();
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			outbox.sms("98XXXXXX12", HINDI, "registered", null, key + ":masked", "R-1");
			outbox.sms(null, HINDI, "registered", null, key + ":missing", "R-2");
			outbox.sms("+91 98765-43210", HINDI, "registered", null, key + ":spaced", "R-3");
		});
		List<Map<String, Object>> rows = jdbc.sql(
				"select recipient, status, last_error from notification_outbox where dedupe_key like ? order by id")
			.param(key + ":%")
			.query()
			.listOfRows();
		assertThat(rows).extracting(r -> r.get("status")).containsExactly("FAILED", "FAILED", "RECORDED");
		assertThat(rows.get(0).get("recipient")).isEqualTo("98XXXXXX12");
		assertThat((String) rows.get(1).get("last_error")).contains("no valid mobile");
		assertThat(rows.get(2).get("recipient")).as("written the way gateways take it").isEqualTo("9876543210");
	}

	@Test
	void anOfficerIsMessagedInHindiOnTheMobileOnRecord() {
		Officer sho = jurisdiction.findOfficerByUsername(Story.SHO).orElseThrow();
		String key = "test-officer:" + Story.freshMobile();
		boolean written = new TransactionTemplate(transactions)
			.execute(status -> outbox.smsToOfficer(sho.id(), "registered", null, key, "R-9"));
		boolean unknown = new TransactionTemplate(transactions)
			.execute(status -> outbox.smsToOfficer(987_654_321L, "registered", null, key + ":unknown", "R-9"));

		assertThat(written).isTrue();
		assertThat(unknown).isFalse();
		Map<String, Object> row = jdbc.sql("select recipient, locale, body from notification_outbox where dedupe_key = ?")
			.param(key)
			.query()
			.singleRow();
		assertThat(row.get("recipient")).isEqualTo(sho.mobile());
		assertThat(row.get("locale")).isEqualTo("hi");
		assertThat((String) row.get("body")).contains("समाधान");
	}

	@Test
	void aMessageIsWrittenOnlyOnceForItsDedupeKey() {
		String key = "test-once:" + Story.freshMobile();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		transaction.executeWithoutResult(status -> {
			outbox.sms("9876543210", HINDI, "registered", null, key, "R-1");
			outbox.sms("9876543210", HINDI, "registered", null, key, "R-1");
		});
		transaction.executeWithoutResult(status -> outbox.sms("9876543210", HINDI, "registered", null, key, "R-1"));
		assertThat(jdbc.sql("select count(*) from notification_outbox where dedupe_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aBatchOfMessagesWritesEachKeyOnceAndKeepsAnInvalidNumberAsFailed() {
		String key = "test-batch:" + Story.freshMobile();
		new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.smsAll(List.of(
				new Outbox.Sms("9876543210", HINDI, "registered", null, key + ":1", "R-1"),
				new Outbox.Sms("9876543210", HINDI, "registered", null, key + ":1", "R-1"),
				new Outbox.Sms("12345", HINDI, "registered", null, key + ":2", "R-2"),
				new Outbox.Sms("9876543211", HINDI, "registered", null, key + ":3", "R-3"))));
		List<Map<String, Object>> rows = jdbc.sql(
				"select dedupe_key, status from notification_outbox where dedupe_key like ? order by dedupe_key")
			.param(key + ":%")
			.query()
			.listOfRows();
		assertThat(rows).extracting(r -> r.get("dedupe_key") + "=" + r.get("status"))
			.containsExactly(key + ":1=PENDING", key + ":2=FAILED", key + ":3=PENDING");
	}

	private Api admin() {
		return Api.at(port).as("admin.rampur");
	}

	private long messagesTo(String mobile) {
		return jdbc.sql("select count(*) from notification_outbox where recipient = ?")
			.param(mobile)
			.query(Long.class)
			.single();
	}

	private NewComplaint newComplaint(String mobile) {
		long rampur = jurisdiction.ofKind(UnitKind.DISTRICT)
			.stream()
			.filter(u -> u.code().equals("RAMPUR"))
			.findFirst()
			.orElseThrow()
			.id();
		return new NewComplaint(Channel.PORTAL, "THEFT", new Person("रमेश कुमार", mobile, null, null), null,
				"पड़ोसी ने मेरी जमीन की मेड़ तोड़ दी।", new Incident(LocalDate.of(2026, 11, 20), "ग्राम रेबड़ी कलां", null, null),
				rampur, null);
	}
}
