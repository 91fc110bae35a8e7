package org.samadhan.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** Hindi unless the caller asks for English (Accept-Language). */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	static final Locale HINDI = Locale.forLanguageTag("hi");

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(HINDI, Locale.ENGLISH));
		resolver.setDefaultLocale(HINDI);
		return resolver;
	}
}
