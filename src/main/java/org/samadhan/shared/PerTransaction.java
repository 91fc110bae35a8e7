package org.samadhan.shared;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: what a listener keeps between the events
 * of one command (a clock it has read and locked, read-model changes to write once). It is held by
 * a synchronization of the transaction, so a transaction suspended for an inner one (REQUIRES_NEW)
 * takes its value aside with it, and the inner one starts with its own. Optionally handed to
 * {@code beforeCommit} once, just before the transaction commits, still inside it: a failure there
 * rolls the whole transaction back.
 *
 * @param <T> what is kept
 */
public final class PerTransaction<T> {

	private final Supplier<T> create;

	private final Consumer<T> beforeCommit;

	/**
	 * @param create makes the value on first use in a transaction
	 * @param beforeCommit runs with the value before the transaction commits (not on rollback)
	 */
	public PerTransaction(Supplier<T> create, Consumer<T> beforeCommit) {
		this.create = create;
		this.beforeCommit = beforeCommit;
	}

	public PerTransaction(Supplier<T> create) {
		this(create, value -> {
		});
	}

	/** The current transaction's value, made on first use; null when no transaction is active. */
	public T current() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Held<?> held && held.owner == this) {
				@SuppressWarnings("unchecked")
				T value = (T) held.value;
				return value;
			}
		}
		Held<T> held = new Held<>(this, create.get());
		TransactionSynchronizationManager.registerSynchronization(held);
		return held.value;
	}

	private static final class Held<T> implements TransactionSynchronization {

		final PerTransaction<T> owner;

		final T value;

		Held(PerTransaction<T> owner, T value) {
			this.owner = owner;
			this.value = value;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			owner.beforeCommit.accept(value);
		}
	}
}
