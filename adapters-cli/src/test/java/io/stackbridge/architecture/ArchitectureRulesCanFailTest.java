package io.stackbridge.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Proves each architecture rule fails by running it against deliberately bad fixture classes. */
class ArchitectureRulesCanFailTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "io.stackbridge.domain.archfixture",
            "io.stackbridge.application.port.in.archfixture",
            "io.stackbridge.application.port.out.archfixture",
            "io.stackbridge.application.service.archfixture",
            "io.stackbridge.adapters.fakeazure.archfixture",
            "io.stackbridge.adapters.http.archfixture",
            "io.stackbridge.adapters.support.archfixture",
            "io.stackbridge.adapters.cli.wiring.archfixture",
            "io.stackbridge.stray.archfixture");

    static Stream<Arguments> rule_and_offender() {
        return Stream.of(
                arguments(named("onion", ArchitectureRules.ONION), "DomainReachingIntoApplication"),
                arguments(named("onion", ArchitectureRules.ONION), "HttpReachingIntoFakeAzure"),
                arguments(named("onion", ArchitectureRules.ONION), "Stray"),
                arguments(named("domain purity", ArchitectureRules.DOMAIN_USES_ONLY_JAVA_AND_VAVR), "DomainUsingDagger"),
                arguments(named("domain purity", ArchitectureRules.DOMAIN_USES_ONLY_JAVA_AND_VAVR),
                        "DomainReachingIntoApplication"),
                arguments(named("application purity", ArchitectureRules.APPLICATION_USES_ONLY_JAVA_VAVR_AND_DOMAIN),
                        "ApplicationUsingInject"),
                arguments(named("no frameworks", ArchitectureRules.NO_FRAMEWORKS_INSIDE), "DomainUsingDagger"),
                arguments(named("no frameworks", ArchitectureRules.NO_FRAMEWORKS_INSIDE), "ApplicationUsingInject"),
                arguments(named("use cases", ArchitectureRules.USE_CASES_ARE_INTERFACES), "RenewLicenceUseCase"),
                arguments(named("services", ArchitectureRules.USE_CASES_ARE_IMPLEMENTED_BY_SERVICES), "RogueArchiver"),
                arguments(named("services", ArchitectureRules.USE_CASES_ARE_IMPLEMENTED_BY_SERVICES),
                        "ArchiveRegistrationHandler"),
                arguments(named("driven ports", ArchitectureRules.DRIVEN_PORTS_ARE_INTERFACES), "RegistrationStore"),
                arguments(named("field injection", ArchitectureRules.NO_FIELD_INJECTION), "FieldInjected"),
                arguments(named("standard streams", ArchitectureRules.NO_STANDARD_STREAMS), "Printer"),
                arguments(named("java.util.logging", ArchitectureRules.NO_JAVA_UTIL_LOGGING), "JulLogger"),
                arguments(named("components", ArchitectureRules.COMPONENTS_LIVE_IN_THE_ROOT), "RogueComponent"),
                arguments(named("no provides inside", ArchitectureRules.NO_PROVIDES_INSIDE), "ApplicationModule"),
                arguments(named("services built in the root", ArchitectureRules.SERVICES_ARE_BUILT_IN_THE_ROOT),
                        "HttpBuildingAService"));
    }

    @ParameterizedTest(name = "{0} rule reports {1}")
    @MethodSource("rule_and_offender")
    void rule_reports_its_offending_fixture(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(offender);
    }

    @Test
    void onion_lets_the_wiring_use_other_adapters() {
        String report = ArchitectureRules.ONION.evaluate(FIXTURES).getFailureReport().toString();

        assertThat(report).doesNotContain("WiringUsingFakeAzure");
    }

    @Test
    void onion_lets_any_adapter_use_the_shared_support() {
        String report = ArchitectureRules.ONION.evaluate(FIXTURES).getFailureReport().toString();

        assertThat(report).doesNotContain("HttpUsingSupport").doesNotContain("SharedThing");
    }

    @Test
    void well_formed_use_case_and_wiring_fixtures_are_imported() {
        assertThat(FIXTURES.contain("io.stackbridge.application.port.in.archfixture.ArchiveRegistrationUseCase"))
                .isTrue();
        assertThat(FIXTURES.contain("io.stackbridge.adapters.cli.wiring.archfixture.WiringUsingFakeAzure")).isTrue();
    }
}
