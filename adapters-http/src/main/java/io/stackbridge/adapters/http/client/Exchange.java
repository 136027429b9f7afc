package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.core.type.TypeReference;
import io.stackbridge.domain.bridge.AzureService;
import io.stackbridge.domain.bridge.CalledService;
import io.stackbridge.domain.bridge.TransportFailure;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.error.ErrorContext;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * The exchanges with one Azure service: sends a request and hands back a 2xx answer, or the domain
 * error its {@link CalledService} names for a failed exchange, an error answer or an unreadable body.
 */
public final class Exchange {

    private final HttpTransport transport;
    private final CalledService service;
    private final Clock clock;

    public Exchange(HttpTransport transport, AzureService service, String endpoint, Clock clock) {
        this.transport = transport;
        this.service = service.at(endpoint);
        this.clock = clock;
    }

    /** Sends; {@code context} is what the request knew, to fill the error an answer's code stands for. */
    public Either<DomainError, HttpResponse<String>> send(URI uri, UnaryOperator<HttpRequest.Builder> shape, ErrorContext context) {
        return transport.exchange(uri, shape)
                .mapLeft(this::unanswered)
                .flatMap(answer -> answer.statusCode() / 100 == 2
                        ? Either.right(answer)
                        : Either.left(refused(ErrorAnswers.of(answer, context.endpoint(endpoint()), clock))));
    }

    public <T> Either<DomainError, T> read(HttpResponse<String> answer, Class<T> type) {
        return readable(ClientJsonBodies.read(answer.body(), type), type.getSimpleName());
    }

    public <T> Either<DomainError, T> read(HttpResponse<String> answer, TypeReference<T> type) {
        return readable(ClientJsonBodies.read(answer.body(), type), type.getType().getTypeName());
    }

    /** A 2xx answer whose body is not what the service promises: as good as a cut answer. */
    public DomainError unreadable(String why) {
        return unanswered(new WireFailure(TransportFailure.UNREACHABLE, "unreadable answer: " + why));
    }

    /** Whether this exchange goes over {@code other}. */
    public boolean over(HttpTransport other) {
        return transport == other;
    }

    String endpoint() {
        return service.endpoint();
    }

    Clock clock() {
        return clock;
    }

    private DomainError unanswered(WireFailure failure) {
        return service.unanswered(failure.failure(), transport.requestTimeout(), failure.cause());
    }

    /** The server's own line is the cause of a bridge code: the error rebuilt from its code only holds placeholders. */
    private DomainError refused(Refusal refusal) {
        return service.refused(refusal.error(), refusal.line());
    }

    private <T> Either<DomainError, T> readable(Option<T> body, String expected) {
        return body.toEither(() -> unreadable("not a " + expected));
    }
}
