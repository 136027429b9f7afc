package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Option;

/** One request as a route sees it: the Javalin context, the reader's language and the body limit. */
public record Call(Context ctx, Language language, long maxBodyBytes) {

    public static final String API_VERSION = "api-version";

    public String path(String name) {
        return ctx.pathParam(name);
    }

    public Option<String> header(String name) {
        return Option.of(ctx.header(name));
    }

    public Option<String> query(String name) {
        return Option.of(ctx.queryParam(name));
    }

    public Option<String> ifMatch() {
        return header("If-Match").filter(value -> !value.isBlank());
    }

    public Option<String> apiVersion() {
        return query(API_VERSION);
    }

    /** The request path as sent, for the journal and for ResourceNotFound. */
    public String requestPath() {
        return ctx.path();
    }
}
