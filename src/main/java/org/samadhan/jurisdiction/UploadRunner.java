package org.samadhan.jurisdiction;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

import org.samadhan.jurisdiction.internal.UploadRepository;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.SamadhanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies an uploaded file in the background, in one transaction, and keeps its progress in a row
 * of its own (written in short transactions beside the long one), so that a page polling for
 * progress can be answered by any instance. A file refused or rolled back leaves nothing written
 * but its upload row, which says why. An upload whose instance stopped mid-way shows as stale.
 */
@Component
class UploadRunner {

	private static final Logger log = LoggerFactory.getLogger(UploadRunner.class);

	/**
	 * A running upload whose progress has not moved for this long belongs to an instance that
	 * stopped: rows take milliseconds each, and progress is written every {@link #PROGRESS_EVERY}.
	 */
	static final Duration STALE_AFTER = Duration.ofMinutes(2);

	/** How often a running upload says it is alive, progress or not: well within {@link #STALE_AFTER}. */
	static final Duration HEARTBEAT = Duration.ofSeconds(20);

	/** One daemon thread beats for every upload running on this instance. */
	private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "upload-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	/** How often progress is written, at most. */
	private static final Duration PROGRESS_EVERY = Duration.ofMillis(300);

	private final UploadRepository uploads;

	private final TransactionTemplate work;

	private final TransactionTemplate beside;

	private final TaskExecutor executor;

	private final Clock clock;

	UploadRunner(UploadRepository uploads, PlatformTransactionManager transactions,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.uploads = uploads;
		this.work = new TransactionTemplate(transactions);
		this.beside = new TransactionTemplate(transactions);
		this.beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Records the upload and applies it in the background: {@code apply} does the work in the given
	 * transaction, reporting rows done, and answers how many rows changed something.
	 */
	long start(Upload.Kind kind, Long districtId, String fileName, byte[] file, int total, Actor by,
			ToIntFunction<IntConsumer> apply) {
		long id = beside.execute(status -> uploads.start(kind, districtId, fileName, sha256(file), total,
				by.officerId(), clock.instant()));
		executor.execute(() -> run(id, total, apply));
		return id;
	}

	private void run(long id, int total, ToIntFunction<IntConsumer> apply) {
		Instant[] lastWritten = { clock.instant() };
		int[] done = { 0 };
		IntConsumer progress = rows -> {
			done[0] = rows;
			Instant now = clock.instant();
			if (now.isAfter(lastWritten[0].plus(PROGRESS_EVERY))) {
				lastWritten[0] = now;
				beside.executeWithoutResult(status -> uploads.progress(id, rows, now));
			}
		};
		// A sign of life while the work waits (for the district's lock, say) and writes no progress.
		ScheduledFuture<?> heartbeat = HEARTBEATS.scheduleAtFixedRate(() -> {
			try {
				beside.executeWithoutResult(status -> uploads.progress(id, done[0], clock.instant()));
			}
			catch (RuntimeException ex) {
				log.warn("upload {}: heartbeat not written", id, ex);
			}
		}, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
		try {
			Integer changes = work.execute(status -> apply.applyAsInt(progress));
			beside.executeWithoutResult(status -> uploads.finish(id, Upload.Status.DONE, total,
					changes == null ? 0 : changes, null, null, null, clock.instant()));
		}
		catch (SamadhanException refused) {
			fail(id, done[0], refused.messageKey(), argument(refused));
		}
		catch (RuntimeException ex) {
			log.warn("upload {} rolled back", id, ex);
			fail(id, done[0], "admin.upload.rolled-back", null);
		}
		finally {
			heartbeat.cancel(false);
		}
	}

	private void fail(long id, int done, String key, String argument) {
		beside.executeWithoutResult(status -> uploads.finish(id, Upload.Status.FAILED, done, 0, null, key, argument,
				clock.instant()));
	}

	private static String argument(SamadhanException refused) {
		Object[] arguments = refused.arguments();
		return arguments.length == 0 ? null
				: java.util.Arrays.stream(arguments).map(String::valueOf)
					.collect(java.util.stream.Collectors.joining(Upload.ARGUMENT_SEPARATOR));
	}

	/** The upload's row as it is, nothing written: whose it is, before anyone may see it. */
	Upload read(long id) {
		return uploads.find(id).orElseThrow(() -> new NotFoundException("admin.upload.unknown"));
	}

	/** The upload as it stands, for the officer who started it or an administrator of its district. */
	Upload find(long id) {
		Upload upload = read(id);
		Instant staleBefore = clock.instant().minus(STALE_AFTER);
		if (upload.status() == Upload.Status.RUNNING && upload.updatedAt().isBefore(staleBefore)) {
			// Its instance stopped mid-way (a live one beats every HEARTBEAT, even while it waits for
			// a lock): the transaction died with it, so nothing of it was written.
			beside.executeWithoutResult(status -> uploads.markInterrupted(id, staleBefore, clock.instant()));
			return uploads.find(id).orElseThrow();
		}
		return upload;
	}

	static String sha256(byte[] file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
