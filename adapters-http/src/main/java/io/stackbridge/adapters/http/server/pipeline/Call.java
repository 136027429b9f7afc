package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Option;

import java.util.function.Supplier;

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

    /** The api-version; given more than once, its values joined by commas, as Resource Manager reads (and refuses) them. */
    public Option<String> apiVersion() {
        java.util.List<String> values = ctx.queryParams(API_VERSION);
        return values.isEmpty() ? Option.none() : Option.some(String.join(",", values));
    }

    /**
     * The answer of {@code work}, worked out once per request under {@code name}: a route's fault
     * target and its action read the same path values, and need not parse them twice.
     */
    public <T> T once(String name, Supplier<T> work) {
        T known = ctx.attribute(name);
        if (known == null) {
            known = work.get();
            ctx.attribute(name, known);
        }
        return known;
    }

    /** The request path as sent, for the journal and for ResourceNotFound. */
    public String requestPath() {
        return ctx.path();
    }
}
