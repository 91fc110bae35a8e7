package org.samadhan.jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.samadhan.jurisdiction.AccountSetupIssued.SetupReason;
import org.samadhan.jurisdiction.AdminRequests.NewOfficer;
import org.samadhan.jurisdiction.AdminRequests.NewPosting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The first administrator of a new installation. A production database has no officers, and only
 * an administrator can create one; so when {@code samadhan.bootstrap-admin.username} is set and no
 * officer has that username, one is created at start-up: posted at the state ({@code UP}) as
 * {@link Role#ADMIN}, with no password, and sent a one-time setup by SMS like any new officer. The
 * link and code are also written once to the log, for whoever starts the server, since the SMS
 * gateway may not be set up yet. Once the officer exists the properties do nothing (they may stay
 * set); of two instances starting at once, one creates the officer.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger("samadhan.bootstrap");

	/** The state, where the first administrator is posted. */
	static final String STATE = "UP";

	private final Administration administration;

	private final Jurisdiction jurisdiction;

	private final Validator validator;

	private final Clock clock;

	private final String username;

	private final String nameEn;

	private final String nameHi;

	private final String rank;

	private final String mobile;

	BootstrapAdministrator(Administration administration, Jurisdiction jurisdiction, Validator validator, Clock clock,
			@Value("${samadhan.bootstrap-admin.username:}") String username,
			@Value("${samadhan.bootstrap-admin.name-en:State administrator}") String nameEn,
			@Value("${samadhan.bootstrap-admin.name-hi:राज्य प्रशासक}") String nameHi,
			@Value("${samadhan.bootstrap-admin.rank:Administrator}") String rank,
			@Value("${samadhan.bootstrap-admin.mobile:}") String mobile) {
		this.administration = administration;
		this.jurisdiction = jurisdiction;
		this.validator = validator;
		this.clock = clock;
		this.username = username.strip();
		this.nameEn = nameEn;
		this.nameHi = nameHi;
		this.rank = rank;
		this.mobile = mobile.strip();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (username.isEmpty() || jurisdiction.findOfficerByUsername(username).isPresent()) {
			return;
		}
		Unit state = jurisdiction.unitByCode(STATE).orElseThrow();
		NewOfficer request = new NewOfficer(username, nameEn, nameHi, rank, mobile,
				new NewPosting(STATE, Set.of(Role.ADMIN), LocalDate.now(clock), null, null));
		String invalid = validator.validate(request)
			.stream()
			.map(v -> v.getPropertyPath() + " (" + v.getInvalidValue() + ")")
			.sorted()
			.collect(Collectors.joining(", "));
		if (!invalid.isEmpty()) {
			throw new IllegalStateException("samadhan.bootstrap-admin.* cannot make an administrator: " + invalid);
		}
		try {
			administration.createOfficer(request, starting(state));
		}
		catch (DataIntegrityViolationException createdElsewhere) {
			log.info("The first administrator {} was created by another instance starting at the same time", username);
		}
	}

	/** Samadhan itself, as a state administrator for this one command: no officer exists to act. */
	static Actor starting(Unit state) {
		return new Actor(null, "Samadhan (start-up)", Set.of(Role.ADMIN), state);
	}

	/**
	 * The installer's console is where the first administrator's link is wanted when no SMS gateway
	 * is set up yet; it is written once the administrator is committed, never for one rolled back.
	 * Heard in the transaction and written from its commit, not by a transactional listener: Spring
	 * Modulith would keep the event, one-time code and all, in its publication table (docs/adr/0015).
	 */
	@EventListener
	void on(AccountSetupIssued issued) {
		if (issued.reason() != SetupReason.BOOTSTRAP) {
			return;
		}
		Runnable write = () -> log.warn("""
				The first administrator {} was created with no password. Set it within the validity, until {}, at
				    {}
				or at {} with the username and the code {}. The same was sent by SMS to {}.""", issued.username(),
				issued.expiresAt(), issued.link(), issued.setupPage(), issued.code(), issued.mobile());
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				write.run();
			}
		});
	}
}
