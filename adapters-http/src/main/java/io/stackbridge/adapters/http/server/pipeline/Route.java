package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.HandlerType;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Either;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One served operation: method and path (kept in lower case: paths match without regard to case),
 * its {@link Operation}, its surface, how its path names the resource fault rules match on, and its action.
 */
public record Route(HandlerType method, String path, Operation operation, Surface surface, boolean apiVersionOptional,
                    Function<Call, Either<DomainError, FaultCall>> target, Action action) {

    public Route {
        Objects.requireNonNull(method, "method");
        path = Objects.requireNonNull(path, "path").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
    }

    public static Route of(HandlerType method, String path, Operation operation, Surface surface,
                           Function<Call, Either<DomainError, FaultCall>> target, Action action) {
        return new Route(method, path, operation, surface, false, target, action);
    }

    /** The same route, also served without an api-version (as the specification allows for enableRemoteManagement). */
    public Route withOptionalApiVersion() {
        return new Route(method, path, operation, surface, true, target, action);
    }
}
