package org.samadhan.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;

import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ForbiddenActionException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.InvalidReferenceNumberException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException;
import org.samadhan.shared.DatabaseAway;
import org.samadhan.shared.StorageAway;
import org.samadhan.shared.ThrottledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as an RFC 9457 problem body in the caller's language, with a stable {@code code}
 * for programs and, for bad input, one message per field. Never a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final MessageSource messages;

	ProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return respond(HttpStatus.NOT_FOUND, ex, request);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid", request);
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(Map.of("field", ex.field(), "code", ex.messageKey(), "message",
					text(ex.messageKey(), ex.arguments()))));
		}
		problem.setDetail(text(ex.messageKey(), ex.arguments()));
		problem.setProperty("code", ex.messageKey());
		if (ex instanceof InvalidReferenceNumberException mistyped && mistyped.didYouMean() != null) {
			problem.setProperty("didYouMean", mistyped.didYouMean());
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex, HttpServletRequest request) {
		return respond(HttpStatus.CONFLICT, ex, request);
	}

	@ExceptionHandler(ForbiddenActionException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenActionException ex, HttpServletRequest request) {
		return respond(HttpStatus.FORBIDDEN, ex, request);
	}

	@ExceptionHandler(PolicyRefusal.class)
	ResponseEntity<ProblemDetail> refused(PolicyRefusal ex, HttpServletRequest request) {
		return respond(HttpStatus.UNPROCESSABLE_CONTENT, ex, request);
	}

	@ExceptionHandler(ThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(ThrottledException ex, HttpServletRequest request) {
		ResponseEntity<ProblemDetail> response = respond(HttpStatus.TOO_MANY_REQUESTS, ex, request);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfter().toSeconds()))
			.body(response.getBody());
	}

	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ProblemDetail> concurrent(ConcurrencyFailureException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "complaint.changed-meanwhile", request);
		problem.setDetail(text("complaint.changed-meanwhile", new Object[] { "" }));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		log.warn("refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "request.conflict", request);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@ExceptionHandler(InsufficientAuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(InsufficientAuthenticationException ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Samadhan\"")
			.body(problem(HttpStatus.UNAUTHORIZED, "auth.required", request));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid", request);
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "code", "request.value-invalid",
				"message", text("request.value-invalid", new Object[] { ex.getName() }))));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid", null);
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("field", error.getField());
			entry.put("code", messageKeyOf(error));
			entry.put("message", messages.getMessage(error, locale()));
			errors.add(entry);
		}
		ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(Map.of("field", error.getObjectName(),
				"code", String.valueOf(error.getCode()), "message", messages.getMessage(error, locale()))));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.invalid", null);
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
						"message", messages.getMessage(error, locale())))));
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/** JSON that cannot be read: names the field when the parser can (a wrong value, an unknown field). */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "request.unreadable", null);
		if (ex.getMostSpecificCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath()
				.stream()
				.map(step -> step.getPropertyName() != null ? step.getPropertyName() : String.valueOf(step.getIndex()))
				.collect(Collectors.joining("."));
			String key = jackson instanceof UnrecognizedPropertyException ? "request.field-unknown"
					: "request.value-invalid";
			problem.setDetail(text("request.invalid", new Object[0]));
			problem.setProperty("code", "request.invalid");
			problem.setProperty("errors",
					List.of(Map.of("field", field, "code", key, "message", text(key, new Object[] { field }))));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * The framework's own refusals (no such endpoint, wrong method or media type, a missing part or
	 * parameter) in the caller's language, with a code like every other problem.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		stepAsideForPages(ex, request);
		if (body instanceof ProblemDetail problem
				&& (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
			String key = statusCode.is4xxClientError() ? "request.invalid" : "request.failed";
			Object[] arguments = new Object[0];
			if (ex instanceof MissingServletRequestPartException missing) {
				key = "request.part-missing";
				arguments = new Object[] { missing.getRequestPartName() };
			}
			else if (ex instanceof MissingServletRequestParameterException missing) {
				key = "request.parameter-missing";
				arguments = new Object[] { missing.getParameterName() };
			}
			else if (ex instanceof HttpRequestMethodNotSupportedException) {
				key = "request.method-not-allowed";
			}
			else if (ex instanceof HttpMediaTypeNotSupportedException) {
				key = "request.media-type-not-supported";
			}
			else if (ex instanceof NoResourceFoundException) {
				key = "request.no-such-endpoint";
			}
			problem.setTitle(text(statusCode.value() + ".title", new Object[0]));
			problem.setDetail(text(key, arguments));
			problem.setProperty("code", key);
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		stepAsideForPages(ex, request);
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(HttpStatus.CONTENT_TOO_LARGE, "attachment.too-large-request", null));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex;
		}
		String away = StorageAway.awayMessage(ex);
		if (away != null) {
			log.warn("database or file store unreachable on {}: {}", request.getRequestURI(),
					org.springframework.core.NestedExceptionUtils.getMostSpecificCause(ex).getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseAway.RETRY_AFTER.toSeconds()))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, away, request));
		}
		log.error("unexpected error on {}", request.getRequestURI(), ex);
		return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "request.failed", request));
	}

	/**
	 * A browser asking for a page that does not exist (or with a wrong method, or too large an
	 * upload) gets the error page, not a problem body: the exception goes back to Spring
	 * unchanged, which sends the status to {@code /error}, whose page the pages module renders.
	 * Rethrowing the exception being handled is Spring's documented way to decline it.
	 */
	private static void stepAsideForPages(Exception ex, WebRequest request) {
		if (request instanceof ServletWebRequest servlet && !LanguageConfiguration.isApi(servlet.getRequest())) {
			throw ProblemHandler.<RuntimeException>rethrow(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <E extends Exception> E rethrow(Exception ex) throws E {
		throw (E) ex;
	}

	/** The message key a constraint names in its template ({@code {intake.mobile.invalid}}), else its name. */
	private static String messageKeyOf(FieldError error) {
		if (error.contains(ConstraintViolation.class)) {
			String template = error.unwrap(ConstraintViolation.class).getMessageTemplate();
			if (template.startsWith("{") && template.endsWith("}")) {
				return template.substring(1, template.length() - 1);
			}
		}
		return error.getCode();
	}

	private ResponseEntity<ProblemDetail> respond(HttpStatus status, SamadhanException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(status, ex.messageKey(), request);
		problem.setDetail(text(ex.messageKey(), ex.arguments()));
		if (!ex.reasons().isEmpty()) {
			problem.setProperty("reasons", ex.reasons()
				.stream()
				.map(r -> Map.of("code", r.code(), "message", text(r.messageKey(), r.arguments())))
				.toList());
		}
		return ResponseEntity.status(status).body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String key, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(text(status.value() + ".title", new Object[0]));
		problem.setDetail(text(key, new Object[0]));
		problem.setProperty("code", key);
		if (request != null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		return problem;
	}

	private String text(String key, Object[] arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
