package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;

/**
 * HEAD on a Resource Manager path served by GET: the GET is served (token, api-version and all) and its
 * answer sent without a body. A found resource is 204, as ARM answers its existence checks (the Azure
 * SDK's {@code checkExistence} expects 204 or 404); a missing one keeps the GET's 404, a refused call
 * its 4xx. (The admin API's HEAD is its GET without a body.)
 */
public final class ExistenceChecks {

    private ExistenceChecks() {
    }

    /** Turns the GET's answer written on {@code ctx} into the HEAD's. */
    public static void answer(Context ctx) {
        if (ctx.status().getCode() < 300) {
            ctx.status(204);
            ctx.result(new byte[0]);
            ctx.res().setContentType(null);
        }
    }
}
