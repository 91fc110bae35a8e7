package org.samadhan.scrutiny;

import java.time.Instant;
import java.util.List;

import org.samadhan.jurisdiction.Role;

/** A reviewer approved a flagged report at their level, with a written reason. */
public record FlagOverride(Role level, long reviewerId, String reason, List<FlagCode> codes, Instant at) {
}
