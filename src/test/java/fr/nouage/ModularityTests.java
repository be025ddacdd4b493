package fr.nouage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries and writes the module documentation under target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(NouageApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Each module says which modules it may use, so that a new dependency is a decision, not an accident. */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() {
        modules.forEach(module -> {
            ApplicationModule declared = module.getBasePackage().getAnnotation(ApplicationModule.class).orElse(null);
            assertThat(declared).as(module.getIdentifier().toString()).isNotNull();
            assertThat(Arrays.asList(declared.allowedDependencies())).as(module.getIdentifier().toString())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
