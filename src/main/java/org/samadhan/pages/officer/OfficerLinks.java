package org.samadhan.pages.officer;

import java.util.EnumSet;

import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.PageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home page's links to pages every officer may open. */
@Configuration(proxyBeanMethods = false)
class OfficerLinks {

	/** The API's description: the way to every action that has no page yet. */
	@Bean
	PageLink apiDescription() {
		return new PageLink("/swagger-ui.html", "page.link.api.name", "page.link.api.description",
				EnumSet.complementOf(EnumSet.of(Role.CITIZEN, Role.SYSTEM)), 1000);
	}
}
