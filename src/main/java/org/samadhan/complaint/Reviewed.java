package org.samadhan.complaint;

import org.samadhan.jurisdiction.Role;

/** A review step taken: the complaint after it, and the level of the chain the reviewer acted at. */
public record Reviewed(ComplaintView complaint, Role level) {
}
