package org.samadhan.web;

import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether an address is one Samadhan answers (any controller, static file or other handler would
 * take it), asked of the same handler mappings the dispatcher uses. Sign-in is decided before the
 * address is looked up, so without this an anonymous visitor's mistyped address ({@code /trak})
 * would be sent to the officers' sign-in form; with it, only an address that exists is.
 *
 * <p>Only asked when an anonymous visitor is refused, never on the way of a signed-in request. An
 * address that matches but not for this method or content type exists: a lookup that fails says so
 * too, so the worst a mistake here can do is show the sign-in form where a 404 was due.
 */
final class KnownAddresses implements RequestMatcher {

	private final ObjectProvider<HandlerMapping> mappings;

	KnownAddresses(ObjectProvider<HandlerMapping> mappings) {
		this.mappings = mappings;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		RequestPath before = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : null;
		try {
			ServletRequestPathUtils.parseAndCache(request);
			return mappings.orderedStream().filter(Objects::nonNull).anyMatch(mapping -> handles(mapping, request));
		}
		finally {
			ServletRequestPathUtils.setParsedRequestPath(before, request);
		}
	}

	private static boolean handles(HandlerMapping mapping, HttpServletRequest request) {
		try {
			return mapping.getHandler(request) != null;
		}
		catch (Exception matchedButNotThisWay) {
			return true;
		}
	}
}
