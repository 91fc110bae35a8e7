package org.samadhan.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Officers sign in with a password (BCrypt); the API takes HTTP Basic on each
 * call or the session cookie that {@code POST /api/session} or the sign-in form opens. A call that
 * rides on the session cookie must echo the {@code XSRF-TOKEN} cookie in {@code X-XSRF-TOKEN};
 * a call that carries its own credentials need not. The citizen's endpoints under
 * {@code /api/public} need no account: they are guarded by reference number and one-time code.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems) throws Exception {
		RequestMatcher carriesCredentials = request -> request.getHeader("Authorization") != null;
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/api/public/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
					"/actuator/health/**", "/actuator/info", "/error", "/login")
			.permitAll()
			.anyRequest()
			.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
			.formLogin(Customizer.withDefaults())
			.logout(logout -> logout.logoutUrl("/logout"))
			.securityContext(context -> context.securityContextRepository(new HttpSessionSecurityContextRepository()))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.ignoringRequestMatchers(carriesCredentials)
				.ignoringRequestMatchers("/api/public/**"))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(problems::unauthorized, request -> request.getRequestURI().startsWith("/api/"))
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						request -> request.getRequestURI().startsWith("/actuator/"))
				.accessDeniedHandler(problems::forbidden));
		return http.build();
	}

	/** BCrypt; a successful check is remembered for {@code samadhan.security.verified-password-memory}. */
	@Bean
	PasswordEncoder passwordEncoder(Clock clock,
			@Value("${samadhan.security.verified-password-memory:PT5M}") Duration memory) {
		return new VerifiedPasswords(new BCryptPasswordEncoder(), memory, 10_000, clock);
	}
}
