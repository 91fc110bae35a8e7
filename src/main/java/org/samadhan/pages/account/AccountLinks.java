package org.samadhan.pages.account;

import java.util.EnumSet;

import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.PageLink;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The home page's link to the officer's own password. */
@Configuration(proxyBeanMethods = false)
class AccountLinks {

	@Bean
	PageLink ownPassword() {
		return new PageLink("/account/password", "page.link.password.name", "page.link.password.description",
				EnumSet.complementOf(EnumSet.of(Role.CITIZEN, Role.SYSTEM)), 990);
	}
}
