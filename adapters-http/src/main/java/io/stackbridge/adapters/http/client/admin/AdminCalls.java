package io.stackbridge.adapters.http.client.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.client.ClientJsonBodies;
import io.stackbridge.adapters.http.client.Exchange;
import io.stackbridge.adapters.http.client.HttpTransport;
import io.stackbridge.adapters.http.client.UrlPaths;
import io.stackbridge.adapters.support.access.AdminKey;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.stackbridge.domain.validation.Violation;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Calls to an emulator's admin API under {@code /_stackbridge/}: JSON in and out, failures to reach
 * it named as Resource Manager's are (bridge codes), its ARM error envelope kept as the code it names.
 */
final class AdminCalls {

    static final String ROOT = "_stackbridge";

    private final Supplier<HttpTransport> transports;
    private final URI emulator;
    private final Clock clock;
    private final Option<AdminKey> key;
    private Exchange exchange;

    /**
     * {@code transports} gives the transport of each call (the operator's may change when the proxy's
     * certificate appears); {@code key}, when given, goes with every call.
     */
    AdminCalls(Supplier<HttpTransport> transports, URI emulator, Clock clock, Option<AdminKey> key) {
        this.transports = transports;
        this.emulator = emulator;
        this.clock = clock;
        this.key = key;
        this.exchange = exchangeOver(transports.get());
    }

    private Exchange exchangeOver(HttpTransport transport) {
        return new Exchange(transport, AzureService.RESOURCE_MANAGER, emulator.toString(), clock);
    }

    private synchronized Exchange exchange() {
        HttpTransport now = transports.get();
        if (!exchange.over(now)) {
            exchange = exchangeOver(now);
        }
        return exchange;
    }

    /** The admin URL of {@code segments} (each encoded), with the query parameters that have a value. */
    URI url(List<String> segments, List<Tuple2<String, String>> query) {
        String path = UrlPaths.under(emulator, segments.prepend(ROOT).toJavaArray(String[]::new));
        String parameters = query.map(pair -> UrlPaths.encode(pair._1) + "=" + UrlPaths.encode(pair._2)).mkString("&");
        return URI.create(parameters.isEmpty() ? path : path + "?" + parameters);
    }

    URI url(String... segments) {
        return url(List.of(segments), List.empty());
    }

    Either<DomainError, HttpResponse<String>> send(String method, URI uri, Option<Object> body) {
        return exchange().send(uri, request -> {
            key.forEach(admin -> request.header(AdminKey.HEADER, admin.reveal()));
            return body.isEmpty()
                    ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json").method(method, ClientJsonBodies.json(body.get()));
        }, ErrorContext.EMPTY);
    }

    /** The answer's document as a tree. */
    Either<DomainError, JsonNode> tree(HttpResponse<String> answer) {
        return exchange().read(answer, JsonNode.class);
    }

    <T> Either<DomainError, T> read(HttpResponse<String> answer, Class<T> type) {
        return exchange().read(answer, type);
    }

    /** A document that read as JSON but not as what the admin API promises. */
    <T> Either<DomainError, T> checked(Validation<Seq<Violation>, T> read) {
        return read.toEither().mapLeft(problems -> exchange().unreadable(problems.map(Violation::toString).mkString(", ")));
    }
}
