package io.stackbridge.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The architecture of docs/architecture.md (§1, §7) as ArchUnit rules, checked by the tests beside it. */
public final class ArchitectureRules {

    private static final String DOMAIN = "io.stackbridge.domain..";
    private static final String APPLICATION = "io.stackbridge.application..";
    private static final String USE_CASES = "io.stackbridge.application.port.in..";
    private static final String DRIVEN_PORTS = "io.stackbridge.application.port.out..";
    private static final String SERVICES = "io.stackbridge.application.service..";
    private static final String CONSOLE = "io.stackbridge.adapters.cli.console.ConsoleOutput";

    /** a. Rings point inwards, adapters ignore each other, and every class sits in a ring. */
    public static final ArchRule ONION = onionArchitecture()
            .domainModels(DOMAIN)
            .domainServices("io.stackbridge.application.port..")
            .applicationServices(SERVICES)
            .adapter("fake-azure", "io.stackbridge.adapters.fakeazure..")
            .adapter("http", "io.stackbridge.adapters.http..")
            .adapter("stamp", "io.stackbridge.adapters.stamp..")
            .adapter("sqlite", "io.stackbridge.adapters.sqlite..")
            .adapter("cli", "io.stackbridge.adapters.cli..")
            .withOptionalLayers(true)
            .ensureAllClassesAreContainedInArchitecture()
            .ignoreDependency(
                    resideInAPackage("io.stackbridge.adapters.cli.wiring.."),
                    resideInAPackage("io.stackbridge.adapters.."))
            .because("the CLI's wiring package is the only composition root (docs/architecture.md §6)");

    /** b. The domain is pure. */
    public static final ArchRule DOMAIN_USES_ONLY_JAVA_AND_VAVR = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", DOMAIN)
            .because("the domain is the pure model and depends on vavr only (docs/architecture.md §1)");

    /** c. The application sees the domain and nothing outward. */
    public static final ArchRule APPLICATION_USES_ONLY_JAVA_VAVR_AND_DOMAIN = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", DOMAIN, APPLICATION)
            .allowEmptyShould(true)
            .because("use cases and ports depend on domain and vavr only (docs/architecture.md §1)");

    /** d. Named explicitly so a framework leak fails with an obvious message. */
    public static final ArchRule NO_FRAMEWORKS_INSIDE = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.fasterxml.jackson..", "io.javalin..", "picocli..", "dagger..",
                    "javax.inject..", "jakarta.inject..", "org.slf4j..")
            .because("domain and application carry no framework or DI annotations (docs/architecture.md §7)");

    /** e. Driving ports are one interface per use case. */
    public static final ArchRule USE_CASES_ARE_INTERFACES = classes()
            .that().resideInAPackage(USE_CASES).and().areTopLevelClasses()
            .should().beInterfaces().andShould().haveSimpleNameEndingWith("UseCase")
            .allowEmptyShould(true)
            .because("one use case is one interface named XxxUseCase (docs/architecture.md §7)");

    /** f. Use cases are implemented by services only. */
    public static final ArchRule USE_CASES_ARE_IMPLEMENTED_BY_SERVICES = classes()
            .that(implementAUseCase()).and().areNotInterfaces()
            .should().resideInAPackage(SERVICES).andShould().haveSimpleNameEndingWith("Service")
            .allowEmptyShould(true)
            .because("XxxUseCase is implemented by XxxService in application.service (docs/architecture.md §7)");

    /** g. Driven ports are interfaces named for what they are. */
    public static final ArchRule DRIVEN_PORTS_ARE_INTERFACES = classes()
            .that().resideInAPackage(DRIVEN_PORTS).and().areTopLevelClasses()
            .should().beInterfaces().andShould().haveSimpleNameEndingWith("Port")
            .allowEmptyShould(true)
            .because("driven ports are narrow interfaces whose names end in Port (docs/architecture.md §7)");

    /** h. Constructor injection only. */
    public static final ArchRule NO_FIELD_INJECTION = noFields()
            .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
            .because("StackBridge uses constructor injection only (docs/architecture.md §7)");

    /** i. Output goes through the CLI's console adapter. */
    public static final ArchRule NO_STANDARD_STREAMS = noClasses()
            .that().doNotHaveFullyQualifiedName(CONSOLE)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the CLI's ConsoleOutput writes to the standard streams (docs/architecture.md §7)");

    /** j. Logging goes through SLF4J. */
    public static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("logging goes through SLF4J with one binding chosen in the composition root (docs/architecture.md §7)");

    private ArchitectureRules() {
    }

    /** Classes with an interface from port.in among all their (transitive) interfaces. */
    public static DescribedPredicate<JavaClass> implementAUseCase() {
        DescribedPredicate<JavaClass> useCase = resideInAPackage(USE_CASES);
        return DescribedPredicate.describe("implement a use case",
                javaClass -> javaClass.getAllRawInterfaces().stream().anyMatch(useCase));
    }
}
