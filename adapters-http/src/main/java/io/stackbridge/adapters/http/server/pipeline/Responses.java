package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.stackbridge.adapters.http.server.ServerAddress;
import io.stackbridge.adapters.http.server.identity.OAuthErrors;
import io.stackbridge.adapters.http.wire.ArmErrorEnvelope;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import jakarta.inject.Inject;

/** Writes answers: a {@link Reply} as JSON, an error as the ARM envelope (or as an OAuth error on the token endpoint). */
public final class Responses {

    /** Where the token endpoint is, for {@code WWW-Authenticate}, while the emulator does not listen yet. */
    static final String ENTRA_ID = "https://login.microsoftonline.com";

    private final ServerAddress address;

    @Inject
    public Responses(ServerAddress address) {
        this.address = address;
    }

    public void reply(Context ctx, Reply reply) {
        ctx.status(reply.status());
        reply.headers().forEach((name, value) -> ctx.header(name, value));
        if (reply.body() != null) {
            ctx.contentType(reply.contentType());
            if (reply.body() instanceof java.io.InputStream stream) {
                ctx.result(stream);
            } else {
                ctx.result(reply.bytes());
            }
        }
    }

    /** The error as its surface answers it, with the status and headers {@link ErrorStatus} gives. */
    public void error(Context ctx, Surface surface, DomainError error, Language language) {
        reply(ctx, errorReply(ctx, surface, error, language));
    }

    /** The error's answer without writing it. */
    public Reply errorReply(Context ctx, Surface surface, DomainError error, Language language) {
        Object body = surface == Surface.TOKEN
                ? OAuthErrors.of(error, language, RequestIds.correlation(ctx))
                : ArmErrorEnvelope.from(error, language);
        return new Reply(ErrorStatus.of(error), ErrorStatus.headers(error, loginBase()), body);
    }

    /** The emulator's own URL, where its token endpoint is served. */
    private String loginBase() {
        return address.now().map(running -> running.httpsUrl().toString()).getOrElse(ENTRA_ID);
    }
}
