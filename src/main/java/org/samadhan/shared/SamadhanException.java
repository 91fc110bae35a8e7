package org.samadhan.shared;

import java.util.List;

/**
 * A refusal a person can read. It carries a message key and its arguments, never a sentence,
 * so that the web layer answers in the caller's language (Hindi or English).
 */
public abstract class SamadhanException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected SamadhanException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** Further reasons, each a message key, when one refusal has several parts. */
	public List<Reason> reasons() {
		return List.of();
	}

	/** One part of a refusal: a stable code for programs and a message key for people. */
	public record Reason(String code, String messageKey, Object... arguments) {
	}
}
