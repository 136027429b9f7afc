package io.stackbridge.adapters.http.server.portal;

import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.admin.AdminRoute;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.support.logs.LogSelection;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.vavr.collection.List;
import io.vavr.control.Either;

import java.time.Instant;
import java.util.Objects;

/**
 * The portal's API for the support bundle's download: {@code GET …/support/logs?roles=&from=&to=} answers
 * the ZIP as an attachment ({@code application/zip}); a role or time it cannot read is a 400
 * {@code InvalidRequestContent} naming each problem. All roles and the last four hours by default. The
 * ZIP is streamed to the page as it is read from where the support side spooled it.
 */
public final class SupportPortalRoutes {

    public static final String LOGS = PortalPaths.API + "/support/logs";
    public static final String ZIP = "application/zip";

    private final PortalSupport support;

    public SupportPortalRoutes(PortalSupport support) {
        this.support = Objects.requireNonNull(support, "support");
    }

    public List<AdminRoute> routes() {
        return List.of(AdminRoute.of(HandlerType.GET, LOGS, this::logs));
    }

    private Either<DomainError, Reply> logs(Call call) {
        return LogSelection.parse(call.query("roles"), call.query("from"), call.query("to"), Instant.now()).toEither()
                .<DomainError>mapLeft(ArmError.InvalidRequestContent::new)
                .flatMap(support::logs)
                .map(bundle -> Reply.stream(200, bundle.zip())
                        .withHeader("Content-Type", ZIP)
                        .withHeader("Content-Disposition", "attachment; filename=\"" + bundle.fileName() + "\"")
                        .withHeader("Cache-Control", "no-store"));
    }
}
