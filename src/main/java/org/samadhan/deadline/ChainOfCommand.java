package org.samadhan.deadline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Officer;
import org.samadhan.jurisdiction.Role;
import org.springframework.stereotype.Component;

/**
 * Who stands above whom: IO → SHO → CO → ASP → SP. The IGRS cell works under the nodal ASP, so a
 * marking stage escalates to the ASP and then the SP. Finds the officer holding a level for a
 * complaint's place (the station's SHO, the circle's CO, the district's ASP and SP).
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
			Long unit = switch (role) {
				case SHO -> stationId;
				case CO -> circleId;
				case ASP, SP, IGRS_CELL -> districtId;
				default -> null;
			};
			if (unit == null) {
				return Optional.empty();
			}
			return found.computeIfAbsent(role + ":" + unit,
					k -> jurisdiction.officerAt(unit, role).filter(Officer::active));
		}

		Optional<Officer> officer(Long id) {
			if (id == null) {
				return Optional.empty();
			}
			return found.computeIfAbsent("id:" + id, k -> jurisdiction.findOfficer(id).filter(Officer::active));
		}
	}
}
