package org.samadhan.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.samadhan.shared.DatabaseAway;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Problem bodies (RFC 9457) written by the security filters, before any controller runs, in the
 * caller's language.
 */
@Component
class ProblemResponses {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/**
	 * No credentials, wrong ones, (429, with Retry-After) an attempt refused because wrong passwords
	 * made the account or the address wait, or (503, with Retry-After) credentials that could not be
	 * checked because the database was away.
	 */
	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (ex instanceof ThrottledSignIn.SignInUnavailable) {
			response.setHeader("Retry-After", String.valueOf(DatabaseAway.RETRY_AFTER.toSeconds()));
			write(request, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseAway.MESSAGE);
			return;
		}
		if (ex instanceof ThrottledSignIn.SignInRefused refused) {
			response.setHeader("Retry-After", String.valueOf(refused.reason().retryAfter().toSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, refused.reason().messageKey(),
					refused.reason().arguments());
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Samadhan\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "auth.required");
	}

	void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, ex instanceof CsrfException ? "auth.csrf" : "auth.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object... arguments) throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, arguments, locale));
		problem.setTitle(messages.getMessage(key + ".title", null, messages.getMessage(status.value() + ".title", null,
				locale), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", key);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
