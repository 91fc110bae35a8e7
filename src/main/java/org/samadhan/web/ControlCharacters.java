package org.samadhan.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Control characters (NUL and the other C0 characters but tab, line feed and carriage return, and
 * DEL) are <strong>stripped</strong> from every text that comes in: every string of a JSON body
 * and every form and query parameter, on the API and the pages alike. They carry nothing a person
 * meant (a keyboard does not type them), PostgreSQL refuses NUL in text outright, and a stray one
 * must never cost a citizen their complaint; a text that is empty once they are gone meets the
 * field's own rules like any empty text.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacters {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	static String strip(String text) {
		return text == null || !CONTROL.matcher(text).find() ? text : CONTROL.matcher(text).replaceAll("");
	}

	/** Every string of a JSON body. */
	@Bean
	SimpleModule strippedStrings() {
		return new SimpleModule("samadhan-control-characters").addDeserializer(String.class, new StringDeserializer() {
			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				return strip(super.deserialize(parser, context));
			}
		});
	}

	/** Every form and query parameter, before anything reads them. */
	@Bean
	StrippedParameters strippedParameters() {
		return new StrippedParameters();
	}

	/** After the character encoding is set (that filter comes first), before security and everything else. */
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	static final class StrippedParameters extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			chain.doFilter(new HttpServletRequestWrapper(request) {

				@Override
				public String getParameter(String name) {
					return strip(super.getParameter(name));
				}

				@Override
				public String[] getParameterValues(String name) {
					String[] values = super.getParameterValues(name);
					return values == null ? null : Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new);
				}

				@Override
				public Map<String, String[]> getParameterMap() {
					Map<String, String[]> stripped = new LinkedHashMap<>();
					super.getParameterMap().forEach((name, values) -> stripped.put(name,
							Arrays.stream(values).map(ControlCharacters::strip).toArray(String[]::new)));
					return Collections.unmodifiableMap(stripped);
				}
			}, response);
		}
	}
}
