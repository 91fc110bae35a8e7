package org.samadhan.shared;

/**
 * The attachment store could not be reached for a moment (the S3 service did not answer, the
 * connection broke): the caller is told 503 with {@link DatabaseAway#RETRY_AFTER}, in their
 * language, never 500. Nothing was kept: a file is stored before its row, so the row rolls back.
 */
public class StorageAway extends RuntimeException {

	/** The message key of what a person is told. */
	public static final String MESSAGE = "request.storage-away";

	public StorageAway(String message, Throwable cause) {
		super(message, cause);
	}

	/** Whether the failure, or one of its causes, is the store away. */
	public static boolean is(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof StorageAway) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What the caller is told when a service Samadhan needs is away for a moment: the message key
	 * for the database or the attachment store, or null when the failure is neither.
	 */
	public static String awayMessage(Throwable failure) {
		return DatabaseAway.is(failure) ? DatabaseAway.MESSAGE : is(failure) ? MESSAGE : null;
	}
}
