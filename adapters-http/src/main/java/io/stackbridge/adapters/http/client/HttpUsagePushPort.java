package io.stackbridge.adapters.http.client;

import io.stackbridge.adapters.http.wire.ServicePaths;
import io.stackbridge.adapters.http.wire.UsageBatchJson;
import io.stackbridge.adapters.http.wire.UsageReceipt;
import io.stackbridge.application.port.out.UsagePushPort;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.usage.BatchId;
import io.stackbridge.domain.usage.UsageBatch;
import io.vavr.control.Either;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The bridge's push of a usage batch to the Azure usage service over HTTPS (docs/domain.md §7). */
public final class HttpUsagePushPort implements UsagePushPort {

    static final String DATE_HEADER = "x-ms-date";
    /** RFC 1123 as HTTP writes it (IMF-fixdate: two-digit day, GMT). */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final HttpTransport transport;
    private final Clock clock;

    public HttpUsagePushPort(HttpTransport transport) {
        this(transport, Clock.systemUTC());
    }

    HttpUsagePushPort(HttpTransport transport, Clock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public Either<DomainError, PushReceipt> push(UsagePush push) {
        UsageBatch batch = push.batch();
        Exchange usage = new Exchange(transport, AzureService.USAGE, push.usageEndpoint().toString(), clock);
        URI uri = URI.create(UrlPaths.filled(push.usageEndpoint(), ServicePaths.USAGE_BATCH, batch.cloudId().value(),
                batch.id().value()));
        ErrorContext context = ErrorContext.EMPTY.cloudId(batch.cloudId()).batchId(batch.id());
        return usage.send(uri, put -> put.header("Authorization", "Bearer " + push.accessToken())
                        .header(DATE_HEADER, httpDate(push.stampTime()))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(UsageBatchJson.bytes(batch))), context)
                .flatMap(answer -> usage.read(answer, UsageReceipt.class))
                .flatMap(receipt -> BatchId.isWellFormed(receipt.batchId())
                        ? Either.right(receipt.toDomain())
                        : Either.left(usage.unreadable("no well-formed batchId")));
    }

    static String httpDate(Instant time) {
        return HTTP_DATE.format(time);
    }
}
