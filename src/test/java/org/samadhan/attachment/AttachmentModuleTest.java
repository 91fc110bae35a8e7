package org.samadhan.attachment;

import org.junit.jupiter.api.Test;
import org.samadhan.SamadhanApplication;
import org.springframework.modulith.core.ApplicationModules;

class AttachmentModuleTest {

	@Test
	void usesNoOtherModuleThanShared() {
		ApplicationModules modules = ApplicationModules.of(SamadhanApplication.class);

		modules.getModuleByName("attachment").orElseThrow().verifyDependencies(modules);
	}
}
