package org.samadhan.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.samadhan.jurisdiction.Actor;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /v3/api-docs}, with Swagger UI at {@code /swagger-ui.html}. The
 * signed-in officer is not a parameter a client sends; every operation lists the problem bodies it
 * may answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	private static final Map<String, String> PROBLEMS = Map.of(
			"400", "Bad input: one message per field in `errors`; nothing was stored",
			"401", "Sign in (HTTP Basic or a session)",
			"403", "The caller's role or posting does not allow this action",
			"404", "No such complaint for this caller (the same whether it does not exist or lies outside the posting)",
			"409", "Not allowed in the complaint's current status, or someone else changed it at the same moment",
			"422", "Refused by a rule of the process: every missing piece in `reasons`");

	@Bean
	OpenAPI samadhanApi() {
		Schema<?> problem = new ObjectSchema().description("RFC 9457 problem, in the language of Accept-Language")
			.addProperty("type", new StringSchema())
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema())
			.addProperty("code", new StringSchema().description("stable message key, e.g. report.refused"))
			.addProperty("errors", new ArraySchema().items(new ObjectSchema().addProperty("field", new StringSchema())
				.addProperty("code", new StringSchema())
				.addProperty("message", new StringSchema())))
			.addProperty("reasons", new ArraySchema().items(new ObjectSchema().addProperty("code", new StringSchema())
				.addProperty("message", new StringSchema())));
		return new OpenAPI()
			.info(new Info().title("Samadhan API")
				.version("0.1")
				.description("Police grievance redressal: intake, enquiry with evidence, review, history. "
						+ "Officers use HTTP Basic or a session; citizens use /api/public with a one-time code. "
						+ "Errors are RFC 9457 problem bodies in the language of Accept-Language (hi or en).")
				.license(new License().name("AGPL-3.0")))
			.components(new Components().addSchemas("Problem", problem)
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

	@Bean
	GlobalOperationCustomizer documentedProblems() {
		return (operation, handlerMethod) -> {
			ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
			PROBLEMS.forEach((status, description) -> {
				if (!responses.containsKey(status)) {
					responses.addApiResponse(status, new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json",
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
				}
			});
			operation.setResponses(responses);
			return operation;
		};
	}
}
