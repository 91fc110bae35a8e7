package org.samadhan.notification;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.samadhan.notification.OutboxRepository.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox (see docs/adr/0006). A run claims due messages in a short transaction,
 * sends them with no transaction open, then records each outcome: SENT or RECORDED, a retry
 * after a doubling wait, or FAILED when refused or out of attempts. A claim is a lease: if this
 * instance dies mid-send, the message is due again when the lease runs out and another instance
 * sends it. Two instances never hold the same message at the same time, and a message is sent
 * only while its lease has a whole send timeout left, so it cannot be taken over mid-send.
 *
 * <p>Runs come from the poller (the safety net) and, for messages a transaction has just
 * written, right after that transaction commits, so a citizen waiting for a code does not wait
 * for the next poll.
 */
@Component
@EnableConfigurationProperties(DispatchProperties.class)
class OutboxDispatcher implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	/** Guards one call to {@link #dispatch()} against a loop that never empties. */
	private static final int MAX_BATCHES_PER_RUN = 1000;

	private final OutboxRepository repository;

	private final SmsGateway sms;

	private final EmailSender email;

	private final DispatchProperties properties;

	private final Clock clock;

	private final String instanceId;

	private final AtomicLong claims = new AtomicLong();

	private final ExecutorService senders;

	private final ThreadPoolExecutor kicks;

	OutboxDispatcher(OutboxRepository repository, SmsGateway sms, EmailSender email, DispatchProperties properties,
			Clock clock) {
		this.repository = repository;
		this.sms = sms;
		this.email = email;
		this.properties = properties;
		this.clock = clock;
		this.instanceId = properties.instanceId() == null || properties.instanceId().isBlank() ? defaultInstanceId()
				: properties.instanceId();
		this.senders = new ThreadPoolExecutor(properties.parallelism(), properties.parallelism(), 60, TimeUnit.SECONDS,
				new java.util.concurrent.LinkedBlockingQueue<>(), threads("outbox-send-"));
		// A kick that finds the queue full is dropped: its messages are in the table, claimed for a
		// short lease, and the poller sends them when it runs out.
		this.kicks = new ThreadPoolExecutor(properties.parallelism(), properties.parallelism(), 60, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(1000), threads("outbox-kick-"), new ThreadPoolExecutor.DiscardPolicy());
	}

	/** Sends every message due now, batch by batch; returns how many were handled. */
	int dispatch() {
		int handled = 0;
		for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
			List<OutboxMessage> claimed = claim(null);
			handled += send(claimed);
			if (claimed.size() < properties.batchSize()) {
				break;
			}
		}
		return handled;
	}

	/** Whether messages are sent right after the transaction that wrote them commits. */
	boolean sendsAfterCommit() {
		return properties.afterCommit() != DispatchProperties.AfterCommit.OFF;
	}

	/**
	 * A claim for messages being written, to send right after their transaction commits: a lease
	 * of two send timeouts, so that a send that cannot start within one is given back to the
	 * poller, and a message whose instance died is due again within a minute (by default).
	 */
	Claim claimAtWriting() {
		return new Claim(instanceId + "#" + claims.incrementAndGet(),
				clock.instant().plus(properties.sendTimeout().multipliedBy(2)));
	}

	/** A claim's token (in {@code claimed_by}) and the end of its lease. */
	record Claim(String token, Instant until) {
	}

	/** Called once a transaction that wrote these messages, claimed as they were written, has committed. */
	void kick(List<OutboxMessage> claimed) {
		switch (properties.afterCommit()) {
			case SYNC -> sendQuietly(claimed);
			case ASYNC -> {
				try {
					kicks.execute(() -> sendQuietly(claimed));
				}
				catch (RejectedExecutionException shuttingDown) {
					// their lease runs out, and the poller of this or another instance sends them
				}
			}
			case OFF -> {
			}
		}
	}

	/** Claims due messages (of {@code ids}, when given) without sending them; a run's first step. */
	List<OutboxMessage> claim(Collection<Long> ids) {
		Instant now = clock.instant();
		String token = instanceId + "#" + claims.incrementAndGet();
		return repository.claim(token, now, now.plus(properties.lease()), properties.batchSize(),
				properties.maxAttempts(), ids);
	}

	String instanceId() {
		return instanceId;
	}

	private void sendQuietly(List<OutboxMessage> claimed) {
		try {
			send(claimed);
		}
		catch (RuntimeException e) {
			// The caller's change is committed; the poller sends what this run could not.
			log.warn("Sending {} outbox message(s) after commit failed; the poller will retry", claimed.size(), e);
		}
	}

	private int send(List<OutboxMessage> claimed) {
		if (claimed.size() == 1 || properties.parallelism() == 1) {
			claimed.forEach(this::deliver);
			return claimed.size();
		}
		List<Future<?>> sends = new ArrayList<>();
		for (OutboxMessage message : claimed) {
			sends.add(senders.submit(() -> deliver(message)));
		}
		for (Future<?> sent : sends) {
			try {
				sent.get();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (java.util.concurrent.ExecutionException e) {
				log.error("Outbox send crashed", e.getCause());
			}
		}
		return claimed.size();
	}

	private void deliver(OutboxMessage message) {
		Instant start = clock.instant();
		if (start.plus(properties.sendTimeout()).isAfter(message.claimedUntil())) {
			repository.release(message, start);
			return;
		}
		try {
			boolean delivers;
			if (message.channel() == OutboxChannel.SMS) {
				delivers = sms.delivers();
				sms.send(message.recipient(), message.body(), message.template(), message.id());
			}
			else {
				delivers = email.delivers();
				email.send(message.recipient(), message.subject(), message.body());
			}
			finish(repository.delivered(message, delivers ? OutboxStatus.SENT : OutboxStatus.RECORDED,
					clock.instant()), message);
		}
		catch (DeliveryRefused refused) {
			log.warn("Outbox message {} ({}) refused: {}", message.id(), message.template(), refused.getMessage());
			finish(repository.failed(message, refused.getMessage()), message);
		}
		catch (RuntimeException failure) {
			String error = describe(failure);
			if (message.attempts() >= properties.maxAttempts()) {
				log.warn("Outbox message {} ({}) failed for good after {} attempts: {}", message.id(),
						message.template(), message.attempts(), error);
				finish(repository.failed(message, error), message);
			}
			else {
				Instant next = clock.instant().plus(properties.backoffAfter(message.attempts()));
				log.info("Outbox message {} ({}) failed, attempt {} of {}, next at {}: {}", message.id(),
						message.template(), message.attempts(), properties.maxAttempts(), next, error);
				finish(repository.retryLater(message, error, next), message);
			}
		}
	}

	private void finish(boolean recorded, OutboxMessage message) {
		if (!recorded) {
			// Only possible if this instance's clock ran ahead of the others' by more than the
			// margin the send timeout leaves; the other instance's outcome stands.
			log.warn("Outbox message {} was taken over by another instance before its outcome was recorded",
					message.id());
		}
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		StringBuilder text = new StringBuilder(failure.getClass().getSimpleName() + ": " + failure.getMessage());
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		if (root != failure) {
			text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
		}
		return text.toString();
	}

	private static String defaultInstanceId() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception unknown) {
			host = "instance";
		}
		String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
		return name.length() <= 60 ? name : name.substring(name.length() - 60);
	}

	private static ThreadFactory threads(String prefix) {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	@Override
	public void destroy() throws InterruptedException {
		kicks.shutdown();
		senders.shutdown();
		kicks.awaitTermination(5, TimeUnit.SECONDS);
		senders.awaitTermination(5, TimeUnit.SECONDS);
	}
}
