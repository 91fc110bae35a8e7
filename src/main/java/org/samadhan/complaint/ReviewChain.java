package org.samadhan.complaint;

import java.util.List;

import org.samadhan.jurisdiction.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The levels a report passes, lowest first ({@code samadhan.review.chain}, default SHO, CO, ASP);
 * the last level's approval disposes of the complaint. A report starts at the first level senior
 * to its author, so a circle officer who took over the enquiry is reviewed above the circle.
 * Special closures are decided by the L-2 officer ({@code samadhan.review.special-closure-approver}).
 */
@Component
public class ReviewChain {

	private final List<Role> levels;

	private final Role specialClosureApprover;

	ReviewChain(@Value("${samadhan.review.chain:SHO,CO,ASP}") List<Role> levels,
			@Value("${samadhan.review.special-closure-approver:ASP}") Role specialClosureApprover) {
		if (levels.isEmpty() || !levels.stream().allMatch(Role::inChainOfCommand)) {
			throw new IllegalArgumentException("samadhan.review.chain must list reviewer roles: " + levels);
		}
		this.levels = List.copyOf(levels);
		this.specialClosureApprover = specialClosureApprover;
	}

	public List<Role> levels() {
		return levels;
	}

	/** The first level senior to the report's author. */
	public Role firstLevelFor(Role author) {
		return levels.stream()
			.filter(author::isJuniorTo)
			.findFirst()
			.orElse(levels.get(levels.size() - 1));
	}

	/** The level after {@code level}, or {@code null} when {@code level} is the last. */
	public Role after(Role level) {
		int index = levels.indexOf(level);
		if (level == Role.SP && index < 0) {
			index = levels.indexOf(Role.ASP);
		}
		return index < 0 || index == levels.size() - 1 ? null : levels.get(index + 1);
	}

	public Role specialClosureApprover() {
		return specialClosureApprover;
	}
}
