package io.stackbridge.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The architecture of docs/architecture.md as ArchUnit rules, checked by the tests beside it. */
public final class ArchitectureRules {

    private static final String DOMAIN = "io.stackbridge.domain..";
    private static final String APPLICATION = "io.stackbridge.application..";
    private static final String USE_CASES = "io.stackbridge.application.port.in..";
    private static final String DRIVEN_PORTS = "io.stackbridge.application.port.out..";
    private static final String SERVICES = "io.stackbridge.application.service..";
    private static final String ADAPTERS = "io.stackbridge.adapters..";
    /** The composition root: every Dagger component, the use cases' construction. */
    private static final String ROOT = "io.stackbridge.adapters.cli.wiring..";
    /** The shared adapter infrastructure any adapter may use (whether or not the module exists yet). */
    private static final String SUPPORT = "io.stackbridge.adapters.support..";
    /** The test kit (stackbridge-junit): the emulator and FakeAzure for JUnit, built on the root's components. */
    private static final String TEST_KIT = "io.stackbridge.junit..";
    private static final String CONSOLE = "io.stackbridge.adapters.cli.console.ConsoleOutput";
    /** The operator portal's sides (stamp, labs) as the CLI implements them, and the interfaces and answers the HTTP adapter declares for them. */
    private static final String PORTAL_SIDES = "io.stackbridge.adapters.cli.portal..";
    private static final String PORTAL_API = "io.stackbridge.adapters.http.server.portal..";

    /**
     * a. Rings point inwards; an adapter uses no other adapter's classes, except the shared support
     * module, which any adapter may use; the composition root (the CLI's wiring package) and the test
     * kit built on it reach into the adapters they assemble; every class sits in a ring.
     */
    public static final ArchRule ONION = onionArchitecture()
            .domainModels(DOMAIN)
            .domainServices("io.stackbridge.application.port..")
            .applicationServices(SERVICES)
            .adapter("fake-azure", "io.stackbridge.adapters.fakeazure..")
            .adapter("http", "io.stackbridge.adapters.http..")
            .adapter("stamp", "io.stackbridge.adapters.stamp..")
            .adapter("sqlite", "io.stackbridge.adapters.sqlite..")
            .adapter("cli", "io.stackbridge.adapters.cli..")
            .adapter("support", SUPPORT)
            .adapter("test kit", TEST_KIT)
            .withOptionalLayers(true)
            .ensureAllClassesAreContainedInArchitecture()
            .ignoreDependency(resideInAPackage(ROOT), resideInAPackage(ADAPTERS))
            .ignoreDependency(resideInAPackage(TEST_KIT), resideInAPackage(ADAPTERS))
            .ignoreDependency(resideInAPackage(ADAPTERS), resideInAPackage(SUPPORT))
            .ignoreDependency(resideInAPackage(PORTAL_SIDES), resideInAPackage(PORTAL_API))
            .because("adapters meet only in the composition root, the CLI's wiring package, and share only adapters-support;"
                    + " the CLI's portal package implements the portal's sides, which the HTTP adapter declares (docs/architecture.md)");

    /** b. The domain is pure. */
    public static final ArchRule DOMAIN_USES_ONLY_JAVA_AND_VAVR = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", DOMAIN)
            .because("the domain is the pure model and depends on vavr only (docs/architecture.md)");

    /** c. The application sees the domain and nothing outward. */
    public static final ArchRule APPLICATION_USES_ONLY_JAVA_VAVR_AND_DOMAIN = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.vavr..", DOMAIN, APPLICATION)
            .allowEmptyShould(true)
            .because("use cases and ports depend on domain and vavr only (docs/architecture.md)");

    /** d. Named explicitly so a framework leak fails with an obvious message. */
    public static final ArchRule NO_FRAMEWORKS_INSIDE = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dagger..", "javax.inject..", "jakarta.inject..", "io.javalin..", "com.fasterxml.jackson..", "picocli..",
                    "org.slf4j..", "org.sqlite..", "com.nimbusds..", "org.bouncycastle..", "org.eclipse.jetty..", "org.junit..")
            .because("domain and application carry no framework and no DI annotation: the composition root builds their"
                    + " services (docs/architecture.md)");

    /** e. Driving ports are one interface per use case. */
    public static final ArchRule USE_CASES_ARE_INTERFACES = classes()
            .that().resideInAPackage(USE_CASES).and().areTopLevelClasses()
            .should().beInterfaces().andShould().haveSimpleNameEndingWith("UseCase")
            .allowEmptyShould(true)
            .because("one use case is one interface named XxxUseCase (docs/architecture.md)");

    /** f. Use cases are implemented by services only. */
    public static final ArchRule USE_CASES_ARE_IMPLEMENTED_BY_SERVICES = classes()
            .that(implementAUseCase()).and().areNotInterfaces()
            .should().resideInAPackage(SERVICES).andShould().haveSimpleNameEndingWith("Service")
            .allowEmptyShould(true)
            .because("XxxUseCase is implemented by XxxService in application.service (docs/architecture.md)");

    /** g. Driven ports are interfaces named for what they are. */
    public static final ArchRule DRIVEN_PORTS_ARE_INTERFACES = classes()
            .that().resideInAPackage(DRIVEN_PORTS).and().areTopLevelClasses()
            .should().beInterfaces().andShould().haveSimpleNameEndingWith("Port")
            .allowEmptyShould(true)
            .because("driven ports are narrow interfaces whose names end in Port (docs/architecture.md)");

    /** h. Constructor injection only. */
    public static final ArchRule NO_FIELD_INJECTION = noFields()
            .should(GeneralCodingRules.BE_ANNOTATED_WITH_AN_INJECTION_ANNOTATION)
            .because("StackBridge uses constructor injection only (docs/architecture.md)");

    /** i. Output goes through the CLI's console adapter. */
    public static final ArchRule NO_STANDARD_STREAMS = noClasses()
            .that().doNotHaveFullyQualifiedName(CONSOLE)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the CLI's ConsoleOutput writes to the standard streams (docs/architecture.md)");

    /** j. Logging goes through SLF4J. */
    public static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("logging goes through SLF4J with one binding chosen in the composition root (docs/architecture.md)");

    /** k. One composition root: every Dagger component lives in the CLI's wiring package. */
    public static final ArchRule COMPONENTS_LIVE_IN_THE_ROOT = classes()
            .that().areAnnotatedWith("dagger.Component")
            .should().resideInAPackage(ROOT)
            .allowEmptyShould(true)
            .because("the CLI's wiring package is the one composition root (docs/architecture.md)");

    /** l. The services are built by the composition root, not by Dagger reading the application. */
    public static final ArchRule NO_PROVIDES_INSIDE = noMethods()
            .that().areAnnotatedWith("dagger.Provides")
            .should().beDeclaredInClassesThat().resideInAnyPackage(DOMAIN, APPLICATION)
            .because("the use cases are listed, once, in the composition root's modules (docs/architecture.md)");

    /** m. Only the composition root (and the application itself) knows the services behind the use cases. */
    public static final ArchRule SERVICES_ARE_BUILT_IN_THE_ROOT = noClasses()
            .that().resideInAPackage(ADAPTERS).and().resideOutsideOfPackage(ROOT)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("adapters call use cases; the composition root builds the services behind them (docs/architecture.md)");

    private ArchitectureRules() {
    }

    /** Classes with an interface from port.in among all their (transitive) interfaces. */
    public static DescribedPredicate<JavaClass> implementAUseCase() {
        DescribedPredicate<JavaClass> useCase = resideInAPackage(USE_CASES);
        return DescribedPredicate.describe("implement a use case",
                javaClass -> javaClass.getAllRawInterfaces().stream().anyMatch(useCase));
    }
}
