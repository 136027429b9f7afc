package io.stackbridge.adapters.http.server.pipeline;

import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/** What a route does once the pipeline has checked the request: call one use case and shape the answer. */
@FunctionalInterface
public interface Action {

    Either<DomainError, Reply> handle(Call call);
}
