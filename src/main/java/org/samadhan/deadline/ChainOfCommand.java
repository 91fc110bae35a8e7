package org.samadhan.deadline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Placement;
import org.samadhan.jurisdiction.Role;
import org.springframework.stereotype.Component;

/**
 * Who stands above whom: IO → SHO → CO → ASP → SP. The IGRS cell works under the nodal ASP, so a
 * marking stage escalates to the ASP and then the SP. Finds the officer holding a level for a
 * complaint's place (the station's SHO, the circle's CO, the district's ASP and SP); where the
 * district has no SP, the state's IGRS cell stands in, so an escalation always reaches someone.
 */
@Component
class ChainOfCommand {

	private static final List<Role> CHAIN = List.of(Role.IO, Role.SHO, Role.CO, Role.ASP, Role.SP);

	private final Jurisdiction jurisdiction;

	ChainOfCommand(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	/** The levels above a stage's owner, nearest first. */
	static List<Role> above(Role owner) {
		if (owner == Role.IGRS_CELL) {
			return List.of(Role.ASP, Role.SP);
		}
		int at = CHAIN.indexOf(owner);
		return at < 0 ? List.of(Role.SP) : CHAIN.subList(at + 1, CHAIN.size());
	}

	/** Whether {@code role} is senior to {@code other} in the chain. */
	static boolean senior(Role role, Role other) {
		return other.isJuniorTo(role);
	}

	/** Looks officers up once per sweep batch or request: postings rarely change within one. */
	Lookup lookup() {
		return new Lookup();
	}

	final class Lookup {

		private final Map<String, Optional<Officer>> found = new HashMap<>();

		/** The active officer holding {@code role} for a complaint at this place, if the post is filled. */
		Optional<Officer> holder(Role role, long districtId, Long circleId, Long stationId) {
			Placement placement = new Placement(districtId, circleId, stationId);
			Long post = Jurisdiction.postFor(role, placement);
			if (post == null) {
				return Optional.empty();
			}
			Optional<Officer> holder = found.computeIfAbsent(role + ":" + post,
					k -> jurisdiction.holdersOf(role, placement).stream().findFirst());
			if (holder.isEmpty() && role == Role.SP) {
				// The top of a district's chain is vacant (a district not yet staffed): the state's
				// IGRS cell, which works such districts' complaints, is told instead.
				return found.computeIfAbsent("state-cell", k -> jurisdiction.stateCell().stream().findFirst());
			}
			return holder;
		}

		Optional<Officer> officer(Long id) {
			if (id == null) {
				return Optional.empty();
			}
			return found.computeIfAbsent("id:" + id, k -> jurisdiction.findOfficer(id).filter(Officer::active));
		}
	}
}
