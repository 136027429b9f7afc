package io.stackbridge.adapters.http.server.identity;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.BodyReader;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.ContentTypes;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.server.pipeline.Route;
import io.stackbridge.adapters.http.server.pipeline.Surface;
import io.stackbridge.adapters.http.wire.OAuthToken;
import io.stackbridge.adapters.http.wire.ServicePaths;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/**
 * Entra ID's token endpoints for the client-credentials grant: v2.0, {@code POST /{tenant}/oauth2/v2.0/token}
 * ({@code scope=}), and v1, {@code POST /{tenant}/oauth2/token} ({@code resource=}), both {@link Operation#Token_Issue}.
 * The client proves itself with its secret in the body or in HTTP Basic, or with a client assertion.
 * The body must be a form; any other content type reads as an empty form, so the grant type is
 * missing and the answer is {@code unsupported_grant_type}, as Entra ID answers a JSON body.
 * The discovery routes Microsoft's libraries read first come with these.
 */
public final class TokenRoutes {

    public static final String PATH = ServicePaths.TOKEN;
    public static final String PATH_V1 = ServicePaths.TOKEN_V1;

    private final IssueAccessTokenUseCase issueAccessToken;
    private final DiscoveryRoutes discovery;

    @Inject
    public TokenRoutes(IssueAccessTokenUseCase issueAccessToken, DiscoveryRoutes discovery) {
        this.issueAccessToken = issueAccessToken;
        this.discovery = discovery;
    }

    public List<Route> routes() {
        return List.of(Route.of(HandlerType.POST, PATH, Operation.Token_Issue, Surface.TOKEN,
                        call -> Either.right(FaultCall.of(Operation.Token_Issue)), this::token),
                Route.of(HandlerType.POST, PATH_V1, Operation.Token_Issue, Surface.TOKEN,
                        call -> Either.right(FaultCall.of(Operation.Token_Issue)), this::tokenV1))
                .appendAll(discovery.routes());
    }

    private Either<DomainError, Reply> token(Call call) {
        Map<String, String> form = form(call);
        return issueAccessToken.issue(grant(call, form, form.get("scope").getOrNull()))
                .map(issued -> noStore(Reply.ok(OAuthToken.from(issued))));
    }

    /** v1 names the resource, not a scope: it is asked for as the resource's {@code .default} scope. */
    private Either<DomainError, Reply> tokenV1(Call call) {
        Map<String, String> form = form(call);
        Option<String> resource = form.get("resource");
        String scope = resource.map(uri -> uri.endsWith("/") ? uri + ".default" : uri + "/.default").getOrNull();
        return issueAccessToken.issue(grant(call, form, scope))
                .map(issued -> noStore(Reply.ok(OAuthToken.v1(issued, resource.get()))));
    }

    private static Map<String, String> form(Call call) {
        return ContentTypes.isForm(call.ctx().header("Content-Type"))
                ? FormBody.parse(BodyReader.text(call.ctx(), call.maxBodyBytes()))
                : HashMap.empty();
    }

    /** The body's client ID and secret, or else those of an {@code Authorization: Basic} header. */
    private static ClientCredentialsGrant grant(Call call, Map<String, String> form, String scope) {
        Option<Tuple2<String, String>> basic = BasicCredentials.of(call.ctx().header("Authorization"));
        String clientId = form.get("client_id").orElse(basic.map(Tuple2::_1)).getOrNull();
        String secret = form.get("client_secret").orElse(basic.map(Tuple2::_2)).getOrNull();
        return new ClientCredentialsGrant(call.path("tenant"), form.get("grant_type").getOrNull(), clientId, secret, scope,
                form.get("client_assertion_type").getOrNull(), form.get("client_assertion").getOrNull());
    }

    private static Reply noStore(Reply reply) {
        return reply.withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }
}
