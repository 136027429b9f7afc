package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.application.port.in.registration.ApproveMultiTenancyUseCase;
import io.stackbridge.application.port.in.registration.RevokeMultiTenancyUseCase;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.registration.RegistrationKey;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.inject.Inject;

/** Multi-tenancy approvals, Microsoft's manual step: give one ({@code PUT}) or take it back ({@code DELETE}). */
public final class ApprovalRoutes {

    static final String PATH = "/approvals/{sub}/{rg}/{name}";

    private final ApproveMultiTenancyUseCase approveMultiTenancy;
    private final RevokeMultiTenancyUseCase revokeMultiTenancy;

    @Inject
    public ApprovalRoutes(ApproveMultiTenancyUseCase approveMultiTenancy, RevokeMultiTenancyUseCase revokeMultiTenancy) {
        this.approveMultiTenancy = approveMultiTenancy;
        this.revokeMultiTenancy = revokeMultiTenancy;
    }

    /** A registration and whether it may now add tenants. */
    public record Approval(String subscriptionId, String resourceGroup, String registrationName, boolean approved) {
        static Approval of(RegistrationKey key, boolean approved) {
            return new Approval(key.subscriptionId().value(), key.resourceGroup().value(), key.name().value(), approved);
        }
    }

    public List<AdminRoute> routes() {
        return List.of(
                AdminRoute.of(HandlerType.PUT, PATH, call -> key(call)
                        .flatMap(key -> approveMultiTenancy.approve(key)).map(key -> Reply.ok(Approval.of(key, true)))),
                AdminRoute.of(HandlerType.DELETE, PATH, call -> key(call)
                        .flatMap(key -> revokeMultiTenancy.revoke(key)).map(key -> Reply.ok(Approval.of(key, false)))));
    }

    private static Either<DomainError, RegistrationKey> key(Call call) {
        return RegistrationKey.parse(call.path("sub"), call.path("rg"), call.path("name")).toEither()
                .mapLeft(ArmError.InvalidRequestContent::new);
    }
}
