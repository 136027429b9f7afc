package io.stackbridge.junit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The consumer's test ({@code example.consumer}) needs nothing but the kit's public API, JUnit and the JDK. */
class ConsumerUsesOnlyTheKitTest {

    private static final JavaClasses CONSUMER = new ClassFileImporter().importPackages("example.consumer");

    @Test
    void the_consumer_test_is_imported() {
        assertThat(CONSUMER.contain("example.consumer.RegistrationOverHttpsTest")).isTrue();
    }

    @Test
    void the_consumer_depends_on_the_kit_junit_and_the_jdk_only() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.junit..", "io.stackbridge.junit", "example.consumer..")
                .because("a project using the kit sees its public API only: StackBridgeEmulator, TrustedPem, FakeAzure")
                .check(CONSUMER);
    }
}
