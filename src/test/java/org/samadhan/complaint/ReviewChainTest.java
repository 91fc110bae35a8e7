package org.samadhan.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.samadhan.jurisdiction.Role;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Which level reviews a report: the first senior to its author, never one the author holds. */
class ReviewChainTest {

	static final Predicate<Role> HOLDS_NONE = level -> false;

	ReviewChain chain = new ReviewChain(List.of(Role.SHO, Role.CO, Role.ASP), Role.ASP, messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static Predicate<Role> holds(Role... levels) {
		return Set.of(levels)::contains;
	}

	@Test
	void sendsAnInvestigatingOfficersReportToTheShoAndACircleOfficersToTheAsp() {
		assertThat(chain.firstLevelFor(Role.IO, HOLDS_NONE)).isEqualTo(ReviewChain.Route.to(Role.SHO));
		assertThat(chain.firstLevelFor(Role.CO, HOLDS_NONE)).isEqualTo(ReviewChain.Route.to(Role.ASP));
	}

	@Test
	void passesOverTheShoLevelWhenTheShoWroteTheReportAndSaysWhyInHindiAndEnglish() {
		ReviewChain.Route route = chain.firstLevelFor(Role.IO, holds(Role.SHO));
		assertThat(route.level()).isEqualTo(Role.CO);
		assertThat(route.passedOver()).singleElement().satisfies(passed -> {
			assertThat(passed.level()).isEqualTo(Role.SHO);
			assertThat(passed.reason()).isEqualTo("थाना प्रभारी स्तर छोड़ा गया: आख्या लिखने वाले अधिकारी स्वयं इस स्तर पर हैं, "
					+ "और कोई अपनी ही आख्या की समीक्षा नहीं करता। समीक्षा क्षेत्राधिकारी करेंगे। / The station house officer "
					+ "(SHO) level was passed over: the report's author holds it, and nobody reviews their own report. "
					+ "The circle officer (CO) reviews it.");
		});
	}

	@Test
	void passesOverEveryLevelTheAuthorHoldsOnTheWayUp() {
		ReviewChain.Route route = chain.firstLevelFor(Role.IO, holds(Role.SHO, Role.CO));
		assertThat(route.level()).isEqualTo(Role.ASP);
		assertThat(route.passedOver()).extracting(ReviewChain.PassedOver::level).containsExactly(Role.SHO, Role.CO);
	}

	@Test
	void passesOverALevelAfterAnApprovalTooAndGoesOnAsUsualAfterIt() {
		assertThat(chain.after(Role.SHO, holds(Role.CO)).level()).isEqualTo(Role.ASP);
		assertThat(chain.after(Role.SHO, holds(Role.CO)).passedOver()).extracting(ReviewChain.PassedOver::level)
			.containsExactly(Role.CO);
		assertThat(chain.after(Role.CO, holds(Role.SHO))).isEqualTo(ReviewChain.Route.to(Role.ASP));
		assertThat(chain.after(Role.ASP, HOLDS_NONE)).isEqualTo(ReviewChain.Route.to(null));
		assertThat(chain.after(Role.SP, HOLDS_NONE)).as("the SP approves at the ASP's level").isEqualTo(ReviewChain.Route.to(null));
	}

	@Test
	void neverPassesOverTheLastLevelSoNoReportIsDisposedOfUnreviewed() {
		ReviewChain.Route route = chain.firstLevelFor(Role.IO, holds(Role.SHO, Role.CO, Role.ASP));
		assertThat(route.level()).isEqualTo(Role.ASP);
		assertThat(route.passedOver()).extracting(ReviewChain.PassedOver::level).containsExactly(Role.SHO, Role.CO);
		assertThat(chain.after(Role.CO, holds(Role.ASP))).isEqualTo(ReviewChain.Route.to(Role.ASP));
	}
}
