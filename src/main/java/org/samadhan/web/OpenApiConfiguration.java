package org.samadhan.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI samadhanApi() {
		return new OpenAPI()
			.info(new Info().title("Samadhan API")
				.version("0.1")
				.description("Police grievance redressal: intake, enquiry with evidence, review, history. "
						+ "Officers use HTTP Basic or a session; citizens use /api/public with a one-time code. "
						+ "Errors are RFC 9457 problem bodies in the language of Accept-Language (hi or en).")
				.license(new License().name("AGPL-3.0")))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}
}
