package io.stackbridge.adapters.http.client;

import io.stackbridge.domain.marketplace.PackageReceipt;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a blob answer says of the whole file: its length ({@code Content-Range}'s total on a 206 or
 * 416, else {@code Content-Length}) and its MD5 ({@code x-ms-blob-content-md5}, else {@code Content-MD5}
 * on a whole answer); the left side names what is missing.
 */
final class BlobHeaders {

    private static final Pattern TOTAL = Pattern.compile("bytes\\s+(?:\\d+-\\d+|\\*)/(\\d{1,18})");

    private BlobHeaders() {
    }

    static Either<String, PackageReceipt> receipt(HttpResponse<?> answer) {
        Option<String> md5 = header(answer, "x-ms-blob-content-md5")
                .orElse(() -> answer.statusCode() == 200 ? header(answer, "Content-MD5") : Option.none());
        Option<Long> length = answer.statusCode() == 200
                ? Option.ofOptional(answer.headers().firstValueAsLong("Content-Length").stream().boxed().findFirst())
                : header(answer, "Content-Range").map(TOTAL::matcher).filter(Matcher::matches).map(found -> Long.parseLong(found.group(1)));
        if (md5.isEmpty()) {
            return Either.left("no x-ms-blob-content-md5");
        }
        return length.<Either<String, PackageReceipt>>map(total -> Either.right(new PackageReceipt(total, md5.get())))
                .getOrElse(() -> Either.left("no file length"));
    }

    private static Option<String> header(HttpResponse<?> answer, String name) {
        return Option.ofOptional(answer.headers().firstValue(name)).filter(value -> !value.isBlank());
    }
}
