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
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/**
 * Entra ID's token endpoint, {@code POST /{tenant}/oauth2/v2.0/token}, for the client-credentials
 * grant. The body must be a form; any other content type reads as an empty form, so the grant type
 * is missing and the answer is {@code unsupported_grant_type}, as Entra ID answers a JSON body.
 */
public final class TokenRoutes {

    public static final String PATH = ServicePaths.TOKEN;

    private final IssueAccessTokenUseCase issueAccessToken;

    @Inject
    public TokenRoutes(IssueAccessTokenUseCase issueAccessToken) {
        this.issueAccessToken = issueAccessToken;
    }

    public List<Route> routes() {
        return List.of(Route.of(HandlerType.POST, PATH, Operation.Token_Issue, Surface.TOKEN,
                call -> Either.right(FaultCall.of(Operation.Token_Issue)), this::token));
    }

    private Either<DomainError, Reply> token(Call call) {
        Map<String, String> form = ContentTypes.isForm(call.ctx().header("Content-Type"))
                ? FormBody.parse(BodyReader.text(call.ctx(), call.maxBodyBytes()))
                : HashMap.empty();
        ClientCredentialsGrant grant = new ClientCredentialsGrant(call.path("tenant"), form.get("grant_type").getOrNull(),
                form.get("client_id").getOrNull(), form.get("client_secret").getOrNull(), form.get("scope").getOrNull());
        return issueAccessToken.issue(grant).map(issued -> Reply.ok(OAuthToken.from(issued))
                .withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache"));
    }
}
