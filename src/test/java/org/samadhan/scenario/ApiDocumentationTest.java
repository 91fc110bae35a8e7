package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.samadhan.support.SamadhanTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint is in the OpenAPI document, and Swagger UI is served. */
@SamadhanTest
class ApiDocumentationTest {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void documentsEveryEndpointOfTheApi() {
		Api.Response docs = expect(Api.at(port).get("/v3/api-docs"), 200);
		List<String> endpoints = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String path : info.getPatternValues()) {
				if (path.startsWith("/api/")) {
					endpoints.add(path);
				}
			}
		}
		assertThat(endpoints).hasSizeGreaterThan(25);
		for (String path : endpoints) {
			assertThat(docs.json().get("paths").has(path)).as(path).isTrue();
		}
		assertThat(docs.text()).as("the signed-in officer is not a parameter").doesNotContain("\"name\":\"actor\"");
		JsonNode report = docs.json().get("paths").get("/api/complaints/{reference}/report").get("post");
		assertThat(report.get("responses").has("422")).isTrue();
		assertThat(report.get("responses").get("422").toString()).contains("Problem");
		assertThat(Api.at(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
	}
}
