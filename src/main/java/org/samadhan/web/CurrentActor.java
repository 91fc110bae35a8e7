package org.samadhan.web;

import java.util.List;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.OfficerPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives a controller the signed-in officer as an {@link Actor}, with the posting and roles read at
 * sign-in (at most a minute ago; see {@link Jurisdiction#actorOf}).
 */
@Configuration(proxyBeanMethods = false)
class CurrentActor implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private final Jurisdiction jurisdiction;

	CurrentActor(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType().equals(Actor.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof OfficerPrincipal principal)) {
			throw new InsufficientAuthenticationException("sign in");
		}
		return jurisdiction.actorOf(principal)
			.orElseThrow(() -> new InsufficientAuthenticationException("officer inactive"));
	}
}
