package org.samadhan.pages.dashboard;

import java.util.EnumSet;

import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.PageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The home page's links to the dashboard, the ranking and the meeting pack. Who sees what inside
 * them is the reporting module's answer (the viewer's posting); these say who has a use for them.
 */
@Configuration(proxyBeanMethods = false)
class DashboardLinks {

	@Bean
	PageLink dashboardLink() {
		return new PageLink("/dashboard", "page.link.dashboard.name", "page.link.dashboard.description",
				EnumSet.of(Role.SP, Role.ASP, Role.CO, Role.SHO, Role.IO, Role.IGRS_CELL, Role.SUPERVISOR), 500);
	}

	@Bean
	PageLink rankingLink() {
		return new PageLink("/ranking", "page.link.ranking.name", "page.link.ranking.description",
				EnumSet.of(Role.SP, Role.ASP, Role.CO, Role.SHO, Role.IO, Role.IGRS_CELL, Role.SUPERVISOR), 510);
	}

	@Bean
	PageLink meetingPackLink() {
		return new PageLink("/dashboard/meeting-pack", "page.link.meeting-pack.name",
				"page.link.meeting-pack.description", EnumSet.of(Role.SP, Role.ASP, Role.CO, Role.SHO, Role.SUPERVISOR), 520);
	}
}
