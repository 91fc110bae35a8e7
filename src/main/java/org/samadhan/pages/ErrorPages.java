package org.samadhan.pages;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException;
import org.samadhan.shared.DatabaseAway;
import org.samadhan.shared.StorageAway;
import org.samadhan.shared.ThrottledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error a person sees in a browser, as one page in their language: what went wrong in a
 * sentence and a way back, never a stack trace. Two ways lead here: an exception out of a page
 * controller (this advice, ahead of the API's problem bodies), and any other failure Spring Boot
 * forwards to {@code /error} (a wrong address, a refused form, a failure in a filter), whose page
 * this class resolves too. API calls keep their RFC 9457 problem bodies.
 */
@ControllerAdvice(basePackages = "org.samadhan.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	/** The statuses with a title and an explanation of their own; any other gets its series' text. */
	private static final Map<Integer, String> KEYS = Map.of(400, "page.error.400", 403, "page.error.403", 404,
			"page.error.404", 405, "page.error.405", 409, "page.error.409", 413, "page.error.413", 422,
			"page.error.422", 429, "page.error.429", 500, "page.error.500", 503, "page.error.503");

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return page(status, null, new Object[0]);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex; // the security filters answer: sign-in form or the 403 page
		}
		if (ex instanceof SamadhanException refused) {
			if (ex instanceof ThrottledException throttled) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
			}
			return page(statusOf(refused), refused.messageKey(), refused.arguments());
		}
		if (ex instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
			return page(framework.getStatusCode(), null, new Object[0]);
		}
		String away = StorageAway.awayMessage(ex);
		if (away != null) {
			log.warn("database or file store unreachable on page {}: {}", request.getRequestURI(), ex.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseAway.RETRY_AFTER.toSeconds()));
			return page(HttpStatus.SERVICE_UNAVAILABLE, away, new Object[0]);
		}
		if (ex instanceof TypeMismatchException || ex instanceof BindException) {
			// ?page=abc and the like: the address was mistyped, nothing failed
			return page(HttpStatus.BAD_REQUEST, null, new Object[0]);
		}
		log.error("unexpected error on page {}", request.getRequestURI(), ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, null, new Object[0]);
	}

	private static HttpStatus statusOf(SamadhanException ex) {
		if (ex instanceof NotFoundException) {
			return HttpStatus.NOT_FOUND;
		}
		if (ex instanceof InvalidInputException) {
			return HttpStatus.BAD_REQUEST;
		}
		if (ex instanceof ForbiddenActionException) {
			return HttpStatus.FORBIDDEN;
		}
		if (ex instanceof ConflictException) {
			return HttpStatus.CONFLICT;
		}
		if (ex instanceof PolicyRefusal) {
			return HttpStatus.UNPROCESSABLE_CONTENT;
		}
		if (ex instanceof ThrottledException) {
			return HttpStatus.TOO_MANY_REQUESTS;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** The error page; {@code detailKey} names what exactly went wrong when a module said so. */
	private ModelAndView page(HttpStatusCode status, String detailKey, Object[] arguments) {
		String key = KEYS.getOrDefault(status.value(), status.is4xxClientError() ? "page.error.4xx" : "page.error.5xx");
		Locale locale = LocaleContextHolder.getLocale();
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.valueOf(status.value()));
		page.addObject("status", status.value());
		page.addObject("titleKey", key + ".title");
		page.addObject("explanation", detailKey == null ? messages.getMessage(key, null, locale)
				: messages.getMessage(detailKey, arguments, detailKey, locale));
		return page;
	}
}
