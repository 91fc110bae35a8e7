package org.samadhan.complaint;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives search terms to complaints that have none: those registered before search existed (a
 * database of a million is the case to plan for), and any written by SQL. It runs once after each
 * start, on a thread of its own so that the application serves at once, walking the ids upwards
 * in ranges of {@code samadhan.search.backfill.batch-size} (1,000), one short transaction for each
 * range's missing terms (a start with nothing to do reads the ids and the keys of the terms once); until it is done, a words search misses the complaints not yet reached (a search by
 * reference or mobile number does not need terms). Several instances may run it at once: a range
 * another instance wrote at the same moment is left to it. Progress and the total time are logged.
 */
@Component
class SearchTermsBackfill {

	private static final Logger log = LoggerFactory.getLogger(SearchTermsBackfill.class);

	private final ComplaintRepository repository;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	private final int batchSize;

	SearchTermsBackfill(ComplaintRepository repository, PlatformTransactionManager transactions,
			@Value("${samadhan.search.backfill.enabled:true}") boolean enabled,
			@Value("${samadhan.search.backfill.batch-size:1000}") int batchSize) {
		this.repository = repository;
		this.transaction = new TransactionTemplate(transactions);
		this.enabled = enabled;
		this.batchSize = batchSize;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (enabled) {
			Thread thread = new Thread(this::run, "search-terms-backfill");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** Fills every complaint's missing terms; returns how many it wrote. */
	long run() {
		long started = System.nanoTime();
		long after = 0;
		long written = 0;
		try {
			while (true) {
				ComplaintRepository.Batch batch = repository.withoutSearchTerms(after, batchSize);
				if (batch.lastId() < 0) {
					break;
				}
				after = batch.lastId();
				if (batch.missing().isEmpty()) {
					continue;
				}
				Map<ComplaintRepository.Texts, String> terms = new LinkedHashMap<>();
				for (ComplaintRepository.Texts texts : batch.missing()) {
					terms.put(texts, SearchTerms.ofComplaint(texts.complainantName(), texts.description(),
							texts.incidentAddress()));
				}
				try {
					transaction.executeWithoutResult(status -> repository.storeSearchTerms(terms));
				}
				catch (DataIntegrityViolationException meanwhile) {
					// Another instance gave this range its terms at the same moment: nothing was written here.
					continue;
				}
				written += terms.size();
				if (written / 100_000 > (written - terms.size()) / 100_000) {
					log.info("search terms: {} complaints given their terms so far", written);
				}
			}
		}
		catch (DataAccessException ex) {
			// The database went away: what is left is picked up at the next start.
			log.warn("search terms backfill stopped after {} complaints: {}", written, ex.getMessage());
		}
		if (written > 0) {
			log.info("search terms: {} complaints given their terms in {} ms", written,
					(System.nanoTime() - started) / 1_000_000);
		}
		return written;
	}
}
