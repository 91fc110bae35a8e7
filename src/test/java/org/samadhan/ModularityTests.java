package org.samadhan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules depend on each other only as their package-info allows, and never in a cycle. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(SamadhanApplication.class);

	@Test
	void keepsEveryModuleWithinItsAllowedDependencies() {
		modules.verify();
	}

	@Test
	void writesTheModuleDiagramsForTheDocs() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
