package io.stackbridge.adapters.cli.demo;

import io.stackbridge.adapters.cli.demo.DemoCast.Customer;
import io.stackbridge.domain.billing.BillingModel;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorMessages;
import io.stackbridge.domain.fault.FaultPreset;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.Supplier;

/**
 * Multi-tenancy approved, the customers onboarded, then each of the eight tenant-registration codes
 * provoked once through the customer subscriptions' HTTPS API, with its cause and what to do.
 */
final class TenantChapter {

    private final DemoScene scene;
    private final RegistrationKey registration;

    TenantChapter(DemoScene scene, RegistrationKey registration) {
        this.scene = scene;
        this.registration = registration;
    }

    void approveAndOnboard() {
        scene.teller().chapter("demo.chapter.approval");
        Either<DomainError, ?> approved = scene.admin().approveMultiTenancy(registration);
        expectSuccess(approved, "demo.approval.given", registration.name());
        scene.teller().chapter("demo.chapter.onboarding");
        for (Customer customer : scene.cast().customers()) {
            expectSuccess(scene.customers().add(registration, customer.subscriptionId().toString(), Option.none()),
                    "demo.onboarding.added", customer.name(), customer.subscriptionId(), customer.tenantId());
        }
    }

    void provokeEveryCode() {
        scene.teller().chapter("demo.chapter.tenantCodes");
        String contoso = scene.cast().customers().head().subscriptionId().toString();
        RegistrationKey missing = new RegistrationKey(registration.subscriptionId(), registration.resourceGroup(),
                RegistrationName.of("azurestack-no-such-registration"));
        probe(TenantProbe.NO_SUCH_REGISTRATION, () -> scene.customers().add(missing, contoso, Option.none()), missing.name());
        String unknown = scene.cast().unknownSubscription().toString();
        probe(TenantProbe.UNKNOWN_SUBSCRIPTION, () -> scene.customers().add(registration, unknown, Option.none()), unknown);
        String ea = scene.cast().eaCustomer().toString();
        probe(TenantProbe.NOT_CSP, () -> scene.customers().add(registration, ea, Option.none()), ea);
        String other = scene.cast().otherPartnerCustomer().toString();
        probe(TenantProbe.OTHER_PARTNER, () -> scene.customers().add(registration, other, Option.none()), other);
        probe(TenantProbe.NEVER_ADDED, () -> scene.customers().get(registration, other), other);
        scene.admin().revokeMultiTenancy(registration);
        probe(TenantProbe.APPROVAL_REVOKED, () -> scene.customers().add(registration, contoso, Option.none()), contoso);
        scene.admin().approveMultiTenancy(registration);
        scene.teller().note("demo.tenant.approvedAgain");
        scene.admin().addFaultRule(FaultPreset.DIRECTORY_DOWN.rule());
        probe(TenantProbe.DIRECTORY_DOWN, () -> scene.customers().add(registration, contoso, Option.none()), FaultPreset.DIRECTORY_DOWN.presetName());
        scene.inProcess().removeFaultRule().remove(FaultPreset.DIRECTORY_DOWN.presetName());
        notPayAsYouUse(contoso);
    }

    /** A Development stamp registered in the partner's EA subscription: it may not take tenants. */
    private void notPayAsYouUse(String contoso) {
        scene.teller().note("demo.tenant.developmentStamp");
        Option<RegistrationKey> development = StampChapter.register(scene, scene.stamp("development"), BillingModel.Development,
                scene.cast().eaSubscription()).map(StampChapter.Registered::key);
        development.forEach(key -> probe(TenantProbe.NOT_PAY_AS_YOU_USE, () -> scene.customers().add(key, contoso, Option.none()),
                key.name()));
    }

    private void probe(TenantProbe probe, Supplier<Either<DomainError, ?>> attempt, Object subject) {
        String expected = scene.expectations().of(probe).name();
        Either<DomainError, ?> answer = attempt.get();
        String seen = answer.fold(error -> error.code().name(), done -> scene.teller().out().text().format("demo.seen.accepted"));
        scene.teller().step(seen.equals(expected), expected, seen, "demo.tenant." + probe.key(), subject, seen);
        answer.swap().forEach(error -> scene.teller().explain(error.code().name(), ErrorMessages.describe(error, scene.language())));
    }

    private void expectSuccess(Either<DomainError, ?> answer, String key, Object... arguments) {
        scene.teller().step(answer.isRight(), scene.teller().out().text().format("demo.expected.success"),
                answer.swap().map(error -> StampChapter.seen(scene, error)).getOrElse(""), key, arguments);
    }
}
