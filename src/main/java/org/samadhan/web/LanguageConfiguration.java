package org.samadhan.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Hindi first. The JSON API ({@code /api/**}) answers in the language of Accept-Language, Hindi
 * when it names neither Hindi nor English. Pages are in Hindi until the visitor clicks English: the
 * link adds {@code ?lang=en} (or {@code hi}), and the choice is remembered in a cookie for a year.
 * Pages ignore Accept-Language on purpose: most phones here say "English" whatever their owner
 * reads. An API call that names its language with {@code ?lang=hi} (or {@code en}) gets that one
 * before Accept-Language: a page's download links carry the page's language, so a Hindi page on an
 * English phone downloads Hindi headings. The parameter does not set the cookie for the API.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

	static final Locale HINDI = Locale.forLanguageTag("hi");

	static final List<Locale> SUPPORTED = List.of(HINDI, Locale.ENGLISH);

	/** The request parameter that switches a page's language. */
	static final String PARAMETER = "lang";

	static final String COOKIE = "samadhan-lang";

	@Bean
	LocaleResolver localeResolver() {
		return new PagesAndApi();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change).excludePathPatterns("/api/**");
	}

	/** True for the JSON API, also while Spring renders an API call's error on {@code /error}. */
	static boolean isApi(HttpServletRequest request) {
		String uri = request.getRequestURI();
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String context = request.getContextPath();
		return uri.startsWith(context + "/api/")
				|| failed instanceof String original && original.startsWith(context + "/api/");
	}

	static final class PagesAndApi implements LocaleResolver {

		private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

		private final CookieLocaleResolver pages = new CookieLocaleResolver(COOKIE);

		PagesAndApi() {
			api.setSupportedLocales(SUPPORTED);
			api.setDefaultLocale(HINDI);
			pages.setDefaultLocale(HINDI);
			pages.setCookieMaxAge(Duration.ofDays(365));
			pages.setCookieSameSite("Lax");
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return isApi(request) ? apiLocale(request) : supported(pages.resolveLocale(request));
		}

		/** An explicit {@code lang} naming Hindi or English first; anything else falls to Accept-Language. */
		private Locale apiLocale(HttpServletRequest request) {
			String asked = request.getParameter(PARAMETER);
			if (asked != null && !asked.isBlank()) {
				String language = Locale.forLanguageTag(asked.strip().replace('_', '-')).getLanguage();
				for (Locale supported : SUPPORTED) {
					if (supported.getLanguage().equals(language)) {
						return supported;
					}
				}
			}
			return api.resolveLocale(request);
		}

		/** Remembers a page visitor's choice; anything but Hindi or English is taken as Hindi. */
		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			pages.setLocale(request, response, locale == null ? null : supported(locale));
		}

		private static Locale supported(Locale locale) {
			return SUPPORTED.stream()
				.filter(s -> s.getLanguage().equals(locale.getLanguage()))
				.findFirst()
				.orElse(HINDI);
		}
	}
}
