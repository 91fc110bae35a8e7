package org.samadhan.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A scenario told through the API against the running application: the port, an {@link Api}
 * client and the {@link Story} steps, ready before each test. Annotate the subclass with
 * {@link SamadhanTest}.
 */
public abstract class ApiScenario {

	@LocalServerPort
	protected int port;

	protected Api api;

	protected Story story;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
	}
}
