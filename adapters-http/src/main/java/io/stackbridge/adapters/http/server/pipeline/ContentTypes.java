package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.util.Locale;

/** The media types a request body may have: JSON on Resource Manager and admin calls, a form on the token endpoint. */
public final class ContentTypes {

    public static final String FORM = "application/x-www-form-urlencoded";

    private ContentTypes() {
    }

    /** {@code UnsupportedMediaType} when a body is present and is not JSON. */
    public static Either<DomainError, Context> jsonOnly(Context ctx) {
        String type = ctx.header("Content-Type");
        if (!BodyReader.present(ctx) || isJson(type)) {
            return Either.right(ctx);
        }
        return Either.left(new ArmError.UnsupportedMediaType(Excerpt.of(type == null ? "" : type)));
    }

    /**
     * {@code UnsupportedMediaType} when the request names a content type other than JSON (with a body or
     * without: {@code text/plain}, a form and multipart are what another site's page sends without asking),
     * or has a body without naming JSON; a bodyless request that names none passes.
     */
    public static Either<DomainError, Context> jsonOrNone(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null && !BodyReader.present(ctx) || isJson(type)) {
            return Either.right(ctx);
        }
        return Either.left(new ArmError.UnsupportedMediaType(Excerpt.of(type == null ? "" : type)));
    }

    public static boolean isJson(String contentType) {
        String media = media(contentType);
        return media.equals("application/json") || media.startsWith("application/") && media.endsWith("+json");
    }

    public static boolean isForm(String contentType) {
        return media(contentType).equals(FORM);
    }

    private static String media(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
