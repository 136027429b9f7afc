package io.stackbridge.adapters.fakeazure.inprocess;

import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase;
import io.stackbridge.application.port.in.identity.IssueAccessTokenUseCase.ClientCredentialsGrant;
import io.stackbridge.application.port.out.TokenPort;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.FaultCall;
import io.stackbridge.domain.fault.Operation;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** The bridge's sign-in to the in-process Entra ID (client credentials); every failure is a LoginError. */
public final class InProcessTokenPort implements TokenPort {

    static final String CLIENT_CREDENTIALS = "client_credentials";

    private final InProcessBoundary boundary;
    private final IssueAccessTokenUseCase issue;

    @Inject
    public InProcessTokenPort(InProcessBoundary boundary, IssueAccessTokenUseCase issue) {
        this.boundary = boundary;
        this.issue = issue;
    }

    @Override
    public Either<DomainError, AccessToken> acquire(TokenRequest request) {
        String endpoint = request.loginEndpoint().toString();
        String resource = endpoint + "/" + request.tenantId() + "/oauth2/v2.0/token";
        ClientCredentialsGrant grant = new ClientCredentialsGrant(request.tenantId().value(), CLIENT_CREDENTIALS,
                request.clientId().value(), request.clientSecret(), request.scope());
        return boundary.call(FaultCall.of(Operation.Token_Issue), resource, AzureService.LOGIN.at(endpoint),
                () -> issue.issue(grant).map(token -> new AccessToken(token.accessToken(), token.expiresAt())));
    }
}
