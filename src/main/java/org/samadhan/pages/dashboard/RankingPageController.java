package org.samadhan.pages.dashboard;

import java.time.YearMonth;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.reporting.Ranking;
import org.samadhan.reporting.RankingLevel;
import org.samadhan.reporting.Rankings;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The monthly ranking as a page: a frozen month is final and read from its snapshot, the current
 * month (or a past one not frozen yet) is provisional; each score opens its breakdown, the
 * parameters' raw numbers, ratio, weight and marks. {@link Rankings} decides what the viewer may
 * see (districts: everyone; circles, stations and beats: their own district's).
 */
@Controller
class RankingPageController {

	private final Rankings rankings;

	private final java.time.Clock clock;

	RankingPageController(Rankings rankings, java.time.Clock clock) {
		this.rankings = rankings;
		this.clock = clock;
	}

	@GetMapping("/ranking")
	String ranking(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(defaultValue = "STATION") RankingLevel level, Actor actor, Model model) {
		Ranking ranking = rankings.ranking(actor, month, level);
		model.addAttribute("ranking", ranking);
		model.addAttribute("frozenOn", frozenOn(ranking));
		model.addAttribute("levels", RankingLevel.values());
		model.addAttribute("months", months(ranking.month()));
		return "dashboard/ranking";
	}

	@GetMapping("/ranking/{level}/{unitId}")
	String score(@PathVariable RankingLevel level, @PathVariable long unitId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Actor actor,
			Model model) {
		Ranking ranking = rankings.ranking(actor, month, level);
		model.addAttribute("ranking", ranking);
		model.addAttribute("frozenOn", frozenOn(ranking));
		model.addAttribute("score", rankings.score(actor, ranking.month(), level, unitId));
		return "dashboard/score";
	}

	/** The day a final ranking was frozen, in the district's time zone. */
	private java.time.LocalDate frozenOn(Ranking ranking) {
		return ranking.frozenAt() == null ? null : java.time.LocalDate.ofInstant(ranking.frozenAt(), clock.getZone());
	}

	/** This month and the eleven before it, newest first: the choices of the month selector. */
	private java.util.List<YearMonth> months(YearMonth shown) {
		YearMonth newest = YearMonth.now(clock);
		java.util.List<YearMonth> months = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			months.add(newest.minusMonths(i));
		}
		return months;
	}
}
