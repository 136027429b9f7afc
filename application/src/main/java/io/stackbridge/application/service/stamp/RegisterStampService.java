package io.stackbridge.application.service.stamp;

import io.stackbridge.application.port.in.stamp.ApplyActivationKeyUseCase;
import io.stackbridge.application.port.in.stamp.GenerateRegistrationTokenUseCase;
import io.stackbridge.application.port.in.stamp.RegisterStampUseCase;
import io.stackbridge.application.port.out.RegistrationPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.stamp.Activation;
import io.stackbridge.domain.stamp.RegistrationRun;
import io.stackbridge.domain.stamp.RegistrationStep;
import io.stackbridge.domain.stamp.StepOutcome;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.function.Supplier;

import static io.stackbridge.domain.stamp.RegistrationStep.APPLY_ACTIVATION_KEY;
import static io.stackbridge.domain.stamp.RegistrationStep.CREATE_RESOURCE_GROUP;
import static io.stackbridge.domain.stamp.RegistrationStep.GENERATE_TOKEN;
import static io.stackbridge.domain.stamp.RegistrationStep.GET_ACTIVATION_KEY;
import static io.stackbridge.domain.stamp.RegistrationStep.PUT_REGISTRATION;
import static io.stackbridge.domain.stamp.RegistrationStep.REGISTER_PROVIDER;

/** The connected registration flow, step by step through {@link RegistrationPort}, recording each step's outcome. */
public final class RegisterStampService implements RegisterStampUseCase {

    private final RegistrationPort registrations;
    private final GenerateRegistrationTokenUseCase tokens;
    private final ApplyActivationKeyUseCase activation;

    public RegisterStampService(RegistrationPort registrations, GenerateRegistrationTokenUseCase tokens,
                                ApplyActivationKeyUseCase activation) {
        this.registrations = registrations;
        this.tokens = tokens;
        this.activation = activation;
    }

    @Override
    public RegistrationRun register(Request request) {
        Steps steps = new Steps();
        Either<DomainError, Activation> outcome = steps.run(REGISTER_PROVIDER, () -> registrations.registerProvider(request.subscriptionId()))
                .flatMap(provider -> steps.run(CREATE_RESOURCE_GROUP, () -> registrations.createResourceGroup(
                        request.subscriptionId(), request.resourceGroup(), request.location())))
                .flatMap(group -> steps.run(GENERATE_TOKEN, tokens::generate))
                .flatMap(token -> steps.run(PUT_REGISTRATION, () -> registrations.createOrUpdate(request.key(), token)))
                .flatMap(written -> steps.run(GET_ACTIVATION_KEY, () -> registrations.activationKey(request.key())))
                .flatMap(key -> steps.run(APPLY_ACTIVATION_KEY, () -> activation.apply(key)));
        return new RegistrationRun(steps.outcomes, outcome);
    }

    /** The outcomes of the steps run so far. */
    private static final class Steps {
        private List<StepOutcome> outcomes = List.empty();

        <T> Either<DomainError, T> run(RegistrationStep step, Supplier<Either<DomainError, T>> action) {
            Either<DomainError, T> result = action.get();
            outcomes = outcomes.append(result.fold(error -> StepOutcome.failed(step, error), done -> StepOutcome.done(step)));
            return result;
        }
    }
}
