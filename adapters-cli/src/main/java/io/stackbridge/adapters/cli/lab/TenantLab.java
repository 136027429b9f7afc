package io.stackbridge.adapters.cli.lab;

import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.tenant.CustomerSubscription;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.Function;

/**
 * A lab on tenant onboarding: the registration is approved for multi-tenancy and the customer not yet
 * onboarded; the lab hands out an onboarding request (wrong on purpose, or right while something else
 * is broken), and the trainee meets the refusal. Fixed once the customer's real subscription is on the
 * stamp's registration.
 */
record TenantLab(LabName name, String customer, TenantId tenant, SubscriptionId subscription,
                 Function<RegistrationKey, OnboardingRequest> request, Breaker breaker, boolean lookup) implements Lab {

    @Override
    public Either<DomainError, LabState> start(LabSession session, RegistrationKey registration) {
        return session.azure().admin().approveMultiTenancy(registration)
                .peek(approved -> session.azure().customerSubscriptions().remove(registration, subscription.value()))
                .flatMap(ready -> breaker.breakIt(session, registration))
                .map(broken -> LabState.started(name, broken, Option.some(request.apply(registration))));
    }

    @Override
    public Probe symptom(LabSession session, LabState state) {
        OnboardingRequest asked = state.request().get();
        String command = session.text(lookup ? "lab.command.tenantShow" : "lab.command.tenantAdd", asked.registrationName(),
                asked.customerSubscription(), asked.subscription().value(), asked.resourceGroup().value());
        Either<DomainError, CustomerSubscription> answer = lookup
                ? session.azure().customerSubscriptions().get(asked.registration(), asked.customerSubscription())
                : session.azure().customerSubscriptions().add(asked.registration(), asked.customerSubscription(), Option.none());
        return new Probe(command, told(session, answer));
    }

    @Override
    public Probe check(LabSession session, LabState state, RegistrationKey registration) {
        String command = session.text("lab.command.tenantShow", registration.name().value(), subscription.value(),
                registration.subscriptionId().value(), registration.resourceGroup().value());
        return new Probe(command, told(session, session.azure().customerSubscriptions().get(registration, subscription.value())));
    }

    @Override
    public Object[] hintValues(LabState state, RegistrationKey registration) {
        OnboardingRequest asked = state.request().getOrElse(() -> request.apply(registration));
        return new Object[] {registration.name().value(), registration.subscriptionId().value(), registration.resourceGroup().value(),
            subscription.value(), tenant.value(), customer, asked.customerSubscription(), asked.registrationName()};
    }

    private Either<Symptom, String> told(LabSession session, Either<DomainError, CustomerSubscription> answer) {
        return answer.mapLeft(error -> Symptom.of(error, session.language()))
                .map(found -> session.text("lab.probe.onboarded", found.subscriptionId().value(), found.tenantId().value(),
                        found.registration().name().value()));
    }
}
