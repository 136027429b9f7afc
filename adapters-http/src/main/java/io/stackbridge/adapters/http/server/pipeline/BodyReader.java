package io.stackbridge.adapters.http.server.pipeline;

import io.javalin.http.Context;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads a request's body as text within the size limit, or drains what a refused request left unread. */
public final class BodyReader {

    private BodyReader() {
    }

    /** Whether the request carries a body at all (a length above zero, or chunked). */
    public static boolean present(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        return length > 0 || (length < 0 && ctx.header("Transfer-Encoding") != null);
    }

    /** The body as UTF-8 text; {@link RequestTooLarge} past {@code limit} bytes; bytes that are not UTF-8 are unreadable. */
    public static String text(Context ctx, long limit) {
        if (ctx.req().getContentLengthLong() > limit) {
            throw new RequestTooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.write(buffer, 0, n);
                if (read.size() > limit) {
                    throw new RequestTooLarge(limit);
                }
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(read.toByteArray())).toString();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The most a refused body is read for nothing, so its client reads the answer; past it the connection closes. */
    static final long DRAINED_AT_MOST = 32L * 1024 * 1024;

    /**
     * Reads and drops what is left of the body (up to {@code limit} bytes, or {@link #DRAINED_AT_MOST}
     * if larger), so that a client still sending a body it was refused for (too large, say) reads
     * the answer instead of a closed connection.
     */
    public static void drain(Context ctx, long limit) {
        long most = Math.max(limit, DRAINED_AT_MOST);
        if (!present(ctx) || ctx.req().getContentLengthLong() > most) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            for (int n = in.read(buffer); n >= 0 && read <= most; n = in.read(buffer)) {
                read += n;
            }
        } catch (IOException | IllegalStateException gone) {
            // the connection is already closed (a connection-level fault) or the body was read another way
        }
    }
}
