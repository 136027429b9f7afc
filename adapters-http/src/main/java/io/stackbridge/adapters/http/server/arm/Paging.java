package io.stackbridge.adapters.http.server.arm;

import io.stackbridge.adapters.http.server.EmulatorConfig;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.adapters.http.wire.Page;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Function;

/**
 * Splits lists into pages of the configured size. The {@code $skipToken} is opaque to clients:
 * Base64url of {@code v1:<offset>}; {@code nextLink} repeats the path and api-version with it.
 */
public final class Paging {

    public static final String SKIP_TOKEN = "$skipToken";
    private static final String PREFIX = "v1:";

    private final int pageSize;

    @Inject
    public Paging(EmulatorConfig config) {
        this.pageSize = config.pageSize();
    }

    /** The page a call asks for; a token that is not one of ours is {@code InvalidRequestContent} naming it. */
    public <T, R> Either<DomainError, Page<R>> page(Call call, List<T> all, Function<T, R> render) {
        return offset(call).map(offset -> {
            List<T> page = all.drop(offset).take(pageSize);
            String next = offset + pageSize < all.size() ? nextLink(call, offset + pageSize) : null;
            return new Page<>(page.map(render).toJavaList(), next);
        });
    }

    public static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static Either<DomainError, Integer> offset(Call call) {
        Option<String> token = call.query(SKIP_TOKEN).orElse(() -> call.query("$skiptoken"));
        if (token.isEmpty()) {
            return Either.right(0);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token.get().trim()), StandardCharsets.UTF_8);
            int offset = decoded.startsWith(PREFIX) ? Integer.parseInt(decoded.substring(PREFIX.length())) : -1;
            return offset >= 0 ? Either.right(offset) : Either.left(invalid(token.get()));
        } catch (IllegalArgumentException notOurs) {
            return Either.left(invalid(token.get()));
        }
    }

    private static DomainError invalid(String token) {
        return new ArmError.InvalidRequestContent(List.of(Violation.of(SKIP_TOKEN, Excerpt.of(token), Rule.NOT_BASE64)));
    }

    private static String nextLink(Call call, int offset) {
        String version = call.apiVersion().getOrElse("");
        return call.ctx().url() + "?api-version=" + URLEncoder.encode(version, StandardCharsets.UTF_8)
                + "&%24skipToken=" + token(offset);
    }
}
