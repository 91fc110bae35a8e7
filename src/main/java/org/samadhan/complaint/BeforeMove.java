package org.samadhan.complaint;

import org.samadhan.jurisdiction.Role;

/**
 * Another module's policy that may refuse a verb (the work a report needs, flags approved only with
 * a reason). It runs once the complaint's own guards have passed (404, 403, 409 come first) and
 * before the complaint moves or anything is written, so that a refused command writes nothing: check,
 * then move. It refuses by throwing; it must not write.
 */
@FunctionalInterface
public interface BeforeMove {

	/** {@code level}: the role the caller acts in (the report's author, or the reviewing level). */
	void check(ComplaintView complaint, Role level);
}
