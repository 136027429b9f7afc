package io.stackbridge.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Checks every architecture rule against the production classes of all modules, the test kit's
 * included (so it runs here, where every module is on the classpath; the rules stay in adapters-cli).
 */
class ArchitectureTest {

    /** Test jars and test-classes folders of any module stay out of the production import. */
    private static final ImportOption NO_TEST_ARTIFACTS =
            location -> !location.contains("-tests.jar") && !location.contains("/test-classes/");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NO_TEST_ARTIFACTS)
            .importPackages("io.stackbridge");

    @Test
    void import_contains_the_domain_model() {
        assertThat(PRODUCTION.that(resideInAPackage("io.stackbridge.domain.."))).isNotEmpty();
    }

    @Test
    void import_leaves_out_the_deliberately_bad_fixtures() {
        assertThat(PRODUCTION.stream().map(JavaClass::getPackageName))
                .noneMatch(name -> name.contains("archfixture"));
    }

    @Test
    void layers_follow_the_onion_architecture() {
        ArchitectureRules.ONION.check(PRODUCTION);
    }

    @Test
    void domain_uses_only_java_and_vavr() {
        ArchitectureRules.DOMAIN_USES_ONLY_JAVA_AND_VAVR.check(PRODUCTION);
    }

    @Test
    void application_uses_only_java_vavr_and_domain() {
        ArchitectureRules.APPLICATION_USES_ONLY_JAVA_VAVR_AND_DOMAIN.check(PRODUCTION);
    }

    @Test
    void domain_and_application_use_no_frameworks() {
        ArchitectureRules.NO_FRAMEWORKS_INSIDE.check(PRODUCTION);
    }

    @Test
    void use_cases_are_interfaces_named_use_case() {
        ArchitectureRules.USE_CASES_ARE_INTERFACES.check(PRODUCTION);
    }

    @Test
    void use_cases_are_implemented_by_services() {
        ArchitectureRules.USE_CASES_ARE_IMPLEMENTED_BY_SERVICES.check(PRODUCTION);
    }

    @Test
    void driven_ports_are_interfaces_named_port() {
        ArchitectureRules.DRIVEN_PORTS_ARE_INTERFACES.check(PRODUCTION);
    }

    @Test
    void no_class_uses_field_injection() {
        ArchitectureRules.NO_FIELD_INJECTION.check(PRODUCTION);
    }

    @Test
    void only_the_console_writes_to_standard_streams() {
        ArchitectureRules.NO_STANDARD_STREAMS.check(PRODUCTION);
    }

    @Test
    void no_class_uses_java_util_logging() {
        ArchitectureRules.NO_JAVA_UTIL_LOGGING.check(PRODUCTION);
    }

    @Test
    void every_component_lives_in_the_composition_root() {
        ArchitectureRules.COMPONENTS_LIVE_IN_THE_ROOT.check(PRODUCTION);
    }

    @Test
    void domain_and_application_provide_nothing_to_dagger() {
        ArchitectureRules.NO_PROVIDES_INSIDE.check(PRODUCTION);
    }

    @Test
    void only_the_composition_root_builds_services() {
        ArchitectureRules.SERVICES_ARE_BUILT_IN_THE_ROOT.check(PRODUCTION);
    }

    @Test
    void import_contains_the_composition_root_and_the_test_kit() {
        assertThat(PRODUCTION.contain("io.stackbridge.adapters.cli.wiring.StackBridgeComponent")).isTrue();
        assertThat(PRODUCTION.contain("io.stackbridge.junit.StackBridgeEmulator")).isTrue();
    }
}
