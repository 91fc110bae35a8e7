package org.samadhan.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samadhan.support.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outside demo mode the API document and Swagger UI are off unless switched on
 * ({@code samadhan.api-docs.enabled}): a production server does not hand out its map.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "samadhan.api-docs.enabled=false")
@ActiveProfiles("test")
class ApiDocumentsOffTest {

	@LocalServerPort
	int port;

	@Test
	void theApiDocumentAndSwaggerUiAreNotServed() {
		assertThat(Api.at(port).get("/v3/api-docs").status()).isEqualTo(404);
		assertThat(Api.at(port).get("/swagger-ui.html").status()).isEqualTo(404);
		assertThat(Api.at(port).get("/swagger-ui/index.html").status()).isEqualTo(404);
	}
}
