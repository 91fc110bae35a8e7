package org.samadhan.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.Label;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The levels a report passes, lowest first ({@code samadhan.review.chain}, default SHO, CO, ASP);
 * the last level's approval disposes of the complaint. A report starts at the first level senior
 * to its author, so a circle officer who took over the enquiry is reviewed above the circle.
 * Nobody reviews their own report: a level whose post the author holds (an SHO who is also the
 * station's IO) is passed over to the next one up, and the history says why. The last level is
 * never passed over, so a report is never disposed of without it.
 * Special closures are decided by the L-2 officer ({@code samadhan.review.special-closure-approver}).
 */
@Component
public class ReviewChain {

	private static final Locale[] HISTORY_LANGUAGES = { Locale.forLanguageTag("hi"), Locale.ENGLISH };

	private final List<Role> levels;

	private final Role specialClosureApprover;

	private final MessageSource messages;

	ReviewChain(@Value("${samadhan.review.chain:SHO,CO,ASP}") List<Role> levels,
			@Value("${samadhan.review.special-closure-approver:ASP}") Role specialClosureApprover,
			MessageSource messages) {
		if (levels.isEmpty() || !levels.stream().allMatch(Role::inChainOfCommand)) {
			throw new IllegalArgumentException("samadhan.review.chain must list reviewer roles: " + levels);
		}
		this.levels = List.copyOf(levels);
		this.specialClosureApprover = specialClosureApprover;
		this.messages = messages;
	}

	public List<Role> levels() {
		return levels;
	}

	/**
	 * Where a newly filed report goes: the first level senior to the rank the author wrote it in,
	 * or the next one up that the author does not hold ({@code heldByAuthor}).
	 */
	Route firstLevelFor(Role author, Predicate<Role> heldByAuthor) {
		int first = 0;
		while (first < levels.size() - 1 && !author.isJuniorTo(levels.get(first))) {
			first++;
		}
		return from(first, heldByAuthor);
	}

	/**
	 * Where a report goes once {@code level} approved it: the next level the author does not hold,
	 * or nowhere ({@link Route#level()} null) when {@code level} is the last and the complaint is
	 * disposed of. The SP approves at the ASP's level.
	 */
	Route after(Role level, Predicate<Role> heldByAuthor) {
		int index = levels.indexOf(level);
		if (level == Role.SP && index < 0) {
			index = levels.indexOf(Role.ASP);
		}
		return index < 0 || index == levels.size() - 1 ? Route.to(null) : from(index + 1, heldByAuthor);
	}

	public Role specialClosureApprover() {
		return specialClosureApprover;
	}

	private Route from(int index, Predicate<Role> heldByAuthor) {
		List<Role> passed = new ArrayList<>();
		while (index < levels.size() - 1 && heldByAuthor.test(levels.get(index))) {
			passed.add(levels.get(index));
			index++;
		}
		Role level = levels.get(index);
		return new Route(level, passed.stream().map(p -> new PassedOver(p, whyPassedOver(p, level))).toList());
	}

	/** What the history says, in Hindi and in English, for every reader of the case file. */
	private String whyPassedOver(Role passed, Role to) {
		Object[] roles = { Label.of("role", passed), Label.of("role", to) };
		List<String> said = new ArrayList<>();
		for (Locale language : HISTORY_LANGUAGES) {
			said.add(messages.getMessage("complaint.review.level-passed-over", roles, language));
		}
		return String.join(" / ", said);
	}

	/**
	 * Where a report goes next: the level that reviews it ({@code null} when none does and the
	 * complaint is disposed of), and the levels passed over on the way because the author holds them.
	 */
	record Route(Role level, List<PassedOver> passedOver) {

		static Route to(Role level) {
			return new Route(level, List.of());
		}
	}

	/** A level passed over, and why, as the complaint's history records it. */
	record PassedOver(Role level, String reason) {
	}
}
