package io.stackbridge.adapters.http.server.admin;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.stackbridge.adapters.http.server.AdminAccess;
import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.portal.PortalPaths;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.application.port.in.admin.RecordCallUseCase;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.fault.Operation;
import io.stackbridge.domain.text.Excerpt;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

/**
 * The door of the admin namespace, passed before any body is read: over plain HTTP, a host the emulator does
 * not know is refused ({@link KnownHosts}, 403, the DNS rebinding guard); another site is refused
 * ({@link CrossSiteRequests}, 403); when the configuration asks for the admin key
 * ({@link AdminAccess.KeyRequired}), a call outside {@link #OPEN} must carry it in {@value AdminKey#HEADER}
 * (401 {@code AdminKeyMissing} or {@code AdminKeyInvalid}, compared in constant time, never echoed).
 * Every refusal is journaled as {@link Operation#Admin_Access} with the method and path as resource (an
 * {@link Excerpt}: a caller chooses the path, and a flood of refusals must not fill the journal's memory) and
 * the code as outcome; a refused call changes nothing. The portal page's files pass the host rule only
 * ({@link #admitPage}).
 */
public final class AdminGate {

    /** A method and path of the admin namespace that anyone may call. */
    public record Opening(HandlerType method, String path) {

        boolean admits(AdminRoute route) {
            return route.method() == method && route.path().equalsIgnoreCase(path);
        }
    }

    /**
     * The admin calls that need no key, the one list of them: liveness for orchestrators (which answers
     * only status and version to a caller without the key, see {@link #holdsKey}), the public halves of
     * the signing keys that stamps fetch to verify activation keys, and the portal page's texts. The
     * page's own files ({@value PortalPaths#PAGE}{@code /…}, see {@code PortalPageRoutes}) are served
     * outside the admin routes, carry no state, and are open too.
     */
    public static final List<Opening> OPEN = List.of(
            new Opening(HandlerType.GET, AdminRoute.PREFIX + "/health"),
            new Opening(HandlerType.GET, AdminRoute.PREFIX + "/keys"),
            new Opening(HandlerType.GET, AdminRoute.PREFIX + PortalPaths.API + "/texts"));

    private final AdminAccess access;
    private final KnownHosts hosts;
    private final RecordCallUseCase recordCall;

    @Inject
    public AdminGate(EmulatorConfig config, RecordCallUseCase recordCall) {
        this.access = config.adminAccess();
        this.hosts = new KnownHosts(config);
        this.recordCall = recordCall;
    }

    /** The request if it may reach {@code route}, else the coded refusal (journaled). */
    public Either<DomainError, Context> admit(Context ctx, AdminRoute route) {
        boolean open = OPEN.exists(opening -> opening.admits(route));
        // The open calls carry no secret and change nothing: orchestrators and stamps may name the emulator as they like.
        Either<DomainError, Context> known = open ? Either.right(ctx) : hosts.check(ctx);
        return journaled(ctx, known.flatMap(CrossSiteRequests::check).flatMap(sameSite -> open ? Either.right(ctx) : keyed(ctx)));
    }

    /** The request for one of the portal page's files if its host is known, else the coded refusal (journaled). */
    public Either<DomainError, Context> admitPage(Context ctx) {
        return journaled(ctx, hosts.check(ctx));
    }

    private Either<DomainError, Context> journaled(Context ctx, Either<DomainError, Context> admitted) {
        admitted.swap().forEach(refusal -> recordCall.record(Operation.Admin_Access, Excerpt.of(ctx.method() + " " + ctx.path()),
                refusal.code().name(), Option.none()));
        return admitted;
    }

    /** Whether the request may see everything: no key is asked, or it carries the right one. */
    public boolean holdsKey(Context ctx) {
        return keyed(ctx).isRight();
    }

    private Either<DomainError, Context> keyed(Context ctx) {
        if (!(access instanceof AdminAccess.KeyRequired required)) {
            return Either.right(ctx);
        }
        String presented = ctx.header(AdminKey.HEADER);
        if (presented == null || presented.isBlank()) {
            return Either.left(new ArmError.AdminKeyMissing(AdminKey.HEADER));
        }
        return required.key().matches(presented) ? Either.right(ctx) : Either.left(new ArmError.AdminKeyInvalid(AdminKey.HEADER));
    }
}
