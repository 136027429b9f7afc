package io.stackbridge.adapters.http.server.arm;

import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.id.ResourceGroupName;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The values of a Resource Manager path ({@link io.stackbridge.adapters.http.wire.ArmPaths}), read
 * with the domain's parsers: a malformed subscription is {@code InvalidSubscriptionId}, a resource
 * group {@code InvalidResourceGroupName}, a registration name {@code InvalidResourceName}.
 */
public final class PathValues {

    private static final String PARSED_REGISTRATION = PathValues.class.getName() + ".registration";

    private PathValues() {
    }

    public static Either<DomainError, SubscriptionId> subscription(Call call) {
        String text = call.path("sub");
        return SubscriptionId.parse(text).toEither().mapLeft(problems -> new ArmError.InvalidSubscriptionId(Excerpt.of(text)));
    }

    public static Either<DomainError, ResourceGroupName> group(Call call) {
        String text = call.path("rg");
        return ResourceGroupName.parse(text).toEither()
                .mapLeft(problems -> new ArmError.InvalidResourceGroupName(Excerpt.of(text), problems.map(p -> p.at("resourceGroupName"))));
    }

    /** The registration the path names (parsed once per request). */
    public static Either<DomainError, RegistrationKey> registration(Call call) {
        return call.once(PARSED_REGISTRATION, () -> parsedRegistration(call));
    }

    private static Either<DomainError, RegistrationKey> parsedRegistration(Call call) {
        return subscription(call).flatMap(subscription -> group(call).flatMap(group -> {
            String text = call.path("name");
            return RegistrationName.parse(text).toEither()
                    .<DomainError>mapLeft(problems -> new ArmError.InvalidResourceName(Excerpt.of(text), problems))
                    .map(name -> new RegistrationKey(subscription, group, name));
        }));
    }

    /** Fault-rule targets of the three path shapes. */
    public static Either<DomainError, FaultCall> onSubscription(Call call, Operation operation) {
        return subscription(call).map(subscription -> FaultCall.on(operation, subscription));
    }

    public static Either<DomainError, FaultCall> onGroup(Call call, Operation operation) {
        return subscription(call).flatMap(subscription -> group(call).map(group ->
                new FaultCall(operation, Option.some(subscription), Option.some(group), Option.none())));
    }

    public static Either<DomainError, FaultCall> onRegistration(Call call, Operation operation) {
        return registration(call).map(key -> FaultCall.on(operation, key));
    }
}
