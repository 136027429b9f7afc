package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.HandlerType;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * One served operation: method and path (kept in lower case: paths match without regard to case),
 * its {@link Operation}, its surface, the api-versions it serves when not all of its surface's (empty: all),
 * how its path names the resource fault rules match on, and its action.
 */
public record Route(HandlerType method, String path, Operation operation, Surface surface, boolean apiVersionOptional,
                    List<String> apiVersions, Function<Call, Either<DomainError, FaultCall>> target, Action action) {

    public Route {
        Objects.requireNonNull(method, "method");
        path = Objects.requireNonNull(path, "path").toLowerCase(Locale.ROOT);
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(apiVersions, "apiVersions");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(action, "action");
    }

    public static Route of(HandlerType method, String path, Operation operation, Surface surface,
                           Function<Call, Either<DomainError, FaultCall>> target, Action action) {
        return new Route(method, path, operation, surface, false, List.empty(), target, action);
    }

    /** The same route, also served without an api-version (as the specification allows for enableRemoteManagement). */
    public Route withOptionalApiVersion() {
        return new Route(method, path, operation, surface, true, apiVersions, target, action);
    }

    /** The same route, served in {@code versions} only instead of every api-version of its surface. */
    public Route withApiVersions(List<String> versions) {
        return new Route(method, path, operation, surface, apiVersionOptional, versions, target, action);
    }
}
