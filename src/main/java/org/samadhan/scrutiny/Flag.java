package org.samadhan.scrutiny;

import java.util.List;
import java.util.Map;

/**
 * One finding of a report's check, with its evidence: a message key and arguments, put into the
 * reader's language when read, and the data behind it (times, distances, similarity, the other
 * report's reference) for anyone who wants to check the sum.
 */
public record Flag(FlagCode code, String messageKey, List<Object> arguments, Map<String, Object> data) {

	public Flag {
		arguments = List.copyOf(arguments);
		data = Map.copyOf(data);
	}

	/** The message key of a code's plain finding; a rule with several kinds adds a suffix. */
	static String key(FlagCode code) {
		return "scrutiny.flag." + code.name();
	}
}
