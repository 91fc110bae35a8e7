package org.samadhan.web;

import java.util.Map;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The web app manifest ({@code static/manifest.webmanifest}) goes out as
 * {@code application/manifest+json}: the server's own list of types does not know the extension and
 * would send it as bytes of no type.
 */
@Configuration(proxyBeanMethods = false)
class WebAppManifestType {

	@Bean
	WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webAppManifestMimeType() {
		return factory -> factory.addMimeMappings(new MimeMappings(Map.of("webmanifest", "application/manifest+json")));
	}
}
