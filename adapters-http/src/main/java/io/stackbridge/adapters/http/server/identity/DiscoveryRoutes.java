package io.stackbridge.adapters.http.server.identity;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.KeyRoutes;
import io.stackbridge.adapters.http.server.pipeline.Action;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.OpenIdConfiguration;
import io.stackbridge.application.port.in.identity.DiscoverTenantUseCase;
import io.stackbridge.application.port.in.identity.PublishSigningKeysUseCase;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * What Microsoft's sign-in libraries read before asking for a token, all under {@link Operation#Discovery_Get}:
 * the OpenID configuration (v2.0 and v1), the signing keys it names (the same as {@code /_stackbridge/keys}),
 * and instance discovery. A tenant is a known directory ID, or {@code common} or {@code organizations}.
 */
public final class DiscoveryRoutes {

    public static final String OPENID_V2 = "/{tenant}/v2.0/.well-known/openid-configuration";
    public static final String OPENID_V1 = "/{tenant}/.well-known/openid-configuration";
    public static final String KEYS_V2 = "/{tenant}/discovery/v2.0/keys";
    public static final String KEYS_V1 = "/{tenant}/discovery/keys";
    public static final String INSTANCE = "/common/discovery/instance";

    private final DiscoverTenantUseCase discover;
    private final PublishSigningKeysUseCase keys;

    @Inject
    public DiscoveryRoutes(DiscoverTenantUseCase discover, PublishSigningKeysUseCase keys) {
        this.discover = discover;
        this.keys = keys;
    }

    public List<Route> routes() {
        return List.of(
                get(OPENID_V2, call -> discover.tenant(call.path("tenant")).map(tenant -> cached(OpenIdConfiguration.of(tenant, true)))),
                get(OPENID_V1, call -> discover.tenant(call.path("tenant")).map(tenant -> cached(OpenIdConfiguration.of(tenant, false)))),
                get(KEYS_V2, call -> discover.tenant(call.path("tenant")).map(tenant -> keySet())),
                get(KEYS_V1, call -> discover.tenant(call.path("tenant")).map(tenant -> keySet())),
                get(INSTANCE, call -> discover.instance(call.query("authorization_endpoint").getOrNull())
                        .map(instance -> cached(OpenIdConfiguration.instance(instance.login().toString(), instance.host(),
                                instance.pathTenant())))));
    }

    private static Route get(String path, Action action) {
        return Route.of(HandlerType.GET, path, Operation.Discovery_Get, Surface.TOKEN,
                call -> Either.right(FaultCall.of(Operation.Discovery_Get)), action);
    }

    private Reply keySet() {
        return cached(new KeyRoutes.JwkSet(keys.keys().map(KeyRoutes.Jwk::from).toJavaList()));
    }

    private static Reply cached(Object body) {
        return Reply.ok(body).withHeader("Cache-Control", "max-age=86400, private");
    }
}
