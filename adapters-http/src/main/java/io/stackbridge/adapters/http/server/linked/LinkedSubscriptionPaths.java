package io.stackbridge.adapters.http.server.linked;

import io.stackbridge.adapters.http.server.arm.PathValues;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.id.LinkedSubscriptionName;
import io.stackbridge.domain.linked.LinkedSubscriptionKey;
import io.stackbridge.domain.text.Excerpt;
import io.vavr.control.Either;

/** The linked subscription a path names: subscription and resource group as every ARM path, then its name ({@code InvalidResourceName}). */
final class LinkedSubscriptionPaths {

    private LinkedSubscriptionPaths() {
    }

    static Either<DomainError, LinkedSubscriptionKey> key(Call call) {
        return PathValues.subscription(call).flatMap(subscription -> PathValues.group(call).flatMap(group -> {
            String text = call.path("linked");
            return LinkedSubscriptionName.parse(text).toEither()
                    .<DomainError>mapLeft(problems -> new ArmError.InvalidResourceName(Excerpt.of(text), problems))
                    .map(name -> new LinkedSubscriptionKey(subscription, group, name));
        }));
    }
}
