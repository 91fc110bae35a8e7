package org.samadhan.scrutiny;

import java.util.List;
import java.util.Map;

/**
 * One finding of a report's check, with its evidence: a message key and arguments, put into the
 * reader's language when read, and the data behind it (times, distances, similarity, the other
 * report's reference) for anyone who wants to check the sum.
 */
public record Flag(FlagCode code, String messageKey, List<Object> arguments, Map<String, Object> data) {

	/**
	 * A flag about another complaint keeps its id, reference and unit (station, else district) in its
	 * data under these keys, and its message names it as argument {0}, which is put in when the flag
	 * is read: the reference for a reader who may see that complaint, else only its unit.
	 */
	static final String OTHER_COMPLAINT_ID = "otherComplaintId";

	static final String OTHER_REFERENCE = "otherReference";

	static final String OTHER_UNIT_ID = "otherUnitId";

	public Flag {
		arguments = List.copyOf(arguments);
		data = Map.copyOf(data);
	}

	/** The other complaint this flag is about, or null. */
	Long otherComplaintId() {
		return data.get(OTHER_COMPLAINT_ID) instanceof Number id ? id.longValue() : null;
	}

	/** The message key of a code's plain finding; a rule with several kinds adds a suffix. */
	static String key(FlagCode code) {
		return "scrutiny.flag." + code.name();
	}
}
