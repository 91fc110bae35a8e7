package org.samadhan.complaint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives search terms to complaints that have none: those registered before search existed (a
 * database of a million is the case to plan for), and any written by SQL. It runs once after each
 * start, on a thread of its own so that the application serves at once, in batches of
 * {@code samadhan.search.backfill.batch-size} (1,000), one short transaction each, walking the ids
 * upwards; until it is done, a words search misses the complaints not yet reached (a search by
 * reference or mobile number does not need terms). Several instances may run it at once: a
 * complaint that got its terms meanwhile keeps them. Progress and the total time are logged.
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
				List<ComplaintRepository.Texts> batch = repository.withoutSearchTerms(after, batchSize);
				if (batch.isEmpty()) {
					break;
				}
				Map<Long, String> terms = new LinkedHashMap<>();
				for (ComplaintRepository.Texts texts : batch) {
					terms.put(texts.id(), SearchTerms.ofComplaint(texts.complainantName(), texts.description(),
							texts.incidentAddress()));
				}
				transaction.executeWithoutResult(status -> repository.storeSearchTerms(terms));
				written += batch.size();
				after = batch.get(batch.size() - 1).id();
				if (written / 100_000 > (written - batch.size()) / 100_000) {
					log.info("search terms: {} complaints given their terms so far", written);
				}
			}
		}
		catch (DataAccessException ex) {
			// Another instance wrote the same batch at the same moment, or the database went away:
			// what is left is picked up at the next start.
			log.warn("search terms backfill stopped after {} complaints: {}", written, ex.getMessage());
		}
		if (written > 0) {
			log.info("search terms: {} complaints given their terms in {} ms", written,
					(System.nanoTime() - started) / 1_000_000);
		}
		return written;
	}
}
