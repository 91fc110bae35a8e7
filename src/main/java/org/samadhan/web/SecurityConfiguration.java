package org.samadhan.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.samadhan.jurisdiction.SignInThrottle;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may reach what. Officers sign in with a password (BCrypt); the API takes HTTP Basic on each
 * call or the session cookie that {@code POST /api/session} or the sign-in form opens. A call that
 * rides on the session cookie must echo the {@code XSRF-TOKEN} cookie in {@code X-XSRF-TOKEN};
 * a call that carries its own credentials need not. The citizen's endpoints under
 * {@code /api/public} need no account: they are guarded by reference number and one-time code.
 * <p>
 * Pages: officers sign in on the form at {@code /login} and out with {@code POST /logout}, which
 * ends the session; a session ends by itself after {@code server.servlet.session.timeout} of
 * inactivity. Every page form carries the CSRF token (Thymeleaf adds it to {@code th:action}
 * forms). The citizen's pages ({@link #PUBLIC_PAGES}) need no account. A page visitor who is not
 * signed in is sent to the sign-in form when the address exists ({@link KnownAddresses}) and gets
 * the public 404 page when it does not; a refusal is the 403 page; the API keeps its problem
 * bodies.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The pages a citizen uses without an account, the sign-in form, and what pages load. */
	static final String[] PUBLIC_PAGES = { "/", "/complaints/new/**", "/track/**", "/feedback/**", "/login",
			"/account/setup", "/account/setup/**", "/static/**", "/webjars/**", "/favicon.ico" };

	/**
	 * Scripts, styles and everything else from Samadhan itself only (htmx, Chart.js and the pages'
	 * scripts are files; the dashboard's numbers are a JSON block, not a script); images also as
	 * data and blob URLs (a photo's preview before it is sent); no framing, no plugins.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** The enquiry page asks for the phone's position and camera; nothing asks for more. */
	static final String PERMISSIONS_POLICY = "geolocation=(self), camera=(self), microphone=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, UserDetailsService officers,
			VerifiedPasswords passwords, SignInThrottle throttle, ObjectProvider<HandlerMapping> handlerMappings)
			throws Exception {
		// A call that signs itself (HTTP Basic) needs no CSRF token, as no browser adds that header to
		// a forged request; one that also brings a session cookie may be riding on the session, so the
		// token is asked of it like of any page.
		RequestMatcher carriesCredentials = request -> request.getHeader("Authorization") != null
				&& request.getRequestedSessionId() == null;
		RequestMatcher api = LanguageConfiguration::isApi;
		RequestMatcher known = new KnownAddresses(handlerMappings);
		HttpSessionRequestCache pageRequests = new HttpSessionRequestCache();
		// After signing in, an officer returns to the page that asked for it, never to an API call,
		// and a mistyped address keeps no session for the visitor who gets the 404 page.
		pageRequests.setRequestMatcher(request -> "GET".equals(request.getMethod()) && !api.matches(request)
				&& request.getHeader("HX-Request") == null && known.matches(request));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/public/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
					"/actuator/health/**", "/actuator/info", "/error")
			.permitAll()
			.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.anyRequest()
			.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			// The only way to check a password: no parent manager to try again past a refusal.
			.authenticationManager(new ProviderManager(new ThrottledSignIn(officers, passwords, throttle)))
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home").failureHandler(SecurityConfiguration::signInFailed))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?signed-out")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("JSESSIONID"))
			.requestCache(cache -> cache.requestCache(pageRequests))
			.securityContext(context -> context.securityContextRepository(new HttpSessionSecurityContextRepository()))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(carriesCredentials)
				.ignoringRequestMatchers("/api/public/**"))
			.addFilterAfter(new CsrfCookieForPages(api), CsrfFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(problems::unauthorized, api)
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						request -> request.getRequestURI().startsWith("/actuator/"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), known)
				.defaultAuthenticationEntryPointFor(SecurityConfiguration::notFound, request -> true)
				.defaultAccessDeniedHandlerFor(problems::forbidden, api)
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), request -> true));
		return http.build();
	}

	/**
	 * An address nothing answers, asked by a visitor who is not signed in: the public "page not
	 * found" page in the visitor's language (through {@code /error}), not the officers' sign-in form.
	 */
	private static void notFound(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException anonymous) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/**
	 * Back to the sign-in form: with how long to wait when wrong passwords made the account or the
	 * address wait, with the database-away message when the password could not be checked, else with
	 * the one message for every wrong username or password.
	 */
	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String query = "error";
		if (failure instanceof ThrottledSignIn.SignInUnavailable) {
			query = "unavailable";
		}
		else if (failure instanceof ThrottledSignIn.SignInRefused refused) {
			long seconds = refused.reason().retryAfter().toSeconds();
			query = switch (refused.reason().messageKey()) {
				case "sign-in.locked" -> "locked=" + (seconds + 59) / 60;
				case "sign-in.address-locked" -> "address-locked=" + (seconds + 59) / 60;
				default -> "wait=" + seconds;
			};
		}
		response.sendRedirect(request.getContextPath() + "/login?" + query);
	}

	/**
	 * Writes the CSRF cookie before a page is rendered: a template that asks for the token only
	 * half-way through a long page could otherwise find the response already committed. API calls
	 * are left alone (they open a session with {@code POST /api/session}, which sends it).
	 */
	static final class CsrfCookieForPages extends OncePerRequestFilter {

		private final RequestMatcher api;

		CsrfCookieForPages(RequestMatcher api) {
			this.api = api;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!api.matches(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}
	}

	/** BCrypt; a successful check is remembered for {@code samadhan.security.verified-password-memory}. */
	@Bean
	VerifiedPasswords passwordEncoder(Clock clock,
			@Value("${samadhan.security.verified-password-memory:PT5M}") Duration memory) {
		return new VerifiedPasswords(new BCryptPasswordEncoder(), memory, 10_000, clock);
	}
}
