package io.stackbridge.adapters.http.client;

import io.stackbridge.application.port.out.MarketplacePort.PackageSink;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.domain.bridge.CalledService;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.marketplace.PackageReceipt;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Streams a package file as a blob is read: {@code Range: bytes=from-}, each piece handed on as it
 * arrives, then the length and MD5 the answer named ({@link BlobHeaders}). A 416 (nothing past the end)
 * receives nothing; a 200 to a ranged request skips what was already received. A connection that
 * breaks mid-body is named as any exchange that fails on the wire; what arrived before stays received.
 */
final class PackageDownloads {

    private static final int PIECE = 65_536;

    private final HttpTransport transport;
    private final Clock clock;

    PackageDownloads(HttpTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    Either<DomainError, PackageReceipt> download(URI file, long from, PackageSink sink) {
        CalledService naming = AzureService.RESOURCE_MANAGER.at(file.resolve("/").toString());
        return transport.exchange(file, request -> request.header("Range", "bytes=" + from + "-").GET(),
                        HttpResponse.BodyHandlers.ofInputStream())
                .mapLeft(failure -> naming.unanswered(failure.failure(), transport.requestTimeout(), failure.cause()))
                .flatMap(answer -> read(answer, from, sink, naming));
    }

    private Either<DomainError, PackageReceipt> read(HttpResponse<InputStream> answer, long from, PackageSink sink, CalledService naming) {
        int status = answer.statusCode();
        if (status != 200 && status != 206 && status != 416) {
            String body = drained(answer.body());
            Refusal refusal = ErrorAnswers.of(status, answer.headers(), body, ErrorContext.EMPTY.endpoint(naming.endpoint()), clock);
            return Either.left(naming.refused(refusal.error(), refusal.line()));
        }
        Either<String, PackageReceipt> receipt = BlobHeaders.receipt(answer);
        if (receipt.isLeft()) {
            drained(answer.body());
            return Either.left(unreadable(naming, receipt.getLeft()));
        }
        if (status == 416) {
            drained(answer.body());
            return Either.right(receipt.get());
        }
        sink.opened(receipt.get().length());
        long skip = status == 200 ? from : 0;
        long expected = receipt.get().length() - (status == 200 ? 0 : from);
        try (InputStream body = answer.body()) {
            long read = pump(body, skip, sink);
            return read == expected ? Either.right(receipt.get())
                    : Either.left(unreadable(naming, read + " bytes of " + expected));
        } catch (IOException broken) {
            WireFailure failure = FailureClassifier.classify(broken);
            return Either.left(naming.unanswered(failure.failure(), transport.requestTimeout(), failure.cause()));
        }
    }

    /** Reads the body to its end, handing on what lies past {@code skip} bytes; the number of bytes read. */
    private static long pump(InputStream body, long skip, PackageSink sink) throws IOException {
        byte[] piece = new byte[PIECE];
        long read = 0;
        for (int n = body.read(piece); n >= 0; n = body.read(piece)) {
            long start = Math.max(0, Math.min(n, skip - read));
            if (start < n) {
                byte[] kept = start == 0 ? piece : java.util.Arrays.copyOfRange(piece, (int) start, n);
                sink.received(kept, (int) (n - start));
            }
            read += n;
        }
        return read;
    }

    private DomainError unreadable(CalledService naming, String why) {
        return naming.unanswered(io.stackbridge.domain.bridge.TransportFailure.UNREACHABLE, transport.requestTimeout(),
                "unreadable answer: " + why);
    }

    private static String drained(InputStream body) {
        try (body) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return "";
        }
    }
}
