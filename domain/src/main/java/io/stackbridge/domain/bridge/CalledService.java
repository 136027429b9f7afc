package io.stackbridge.domain.bridge;

import io.stackbridge.domain.error.DomainError;

import java.time.Duration;
import java.util.Objects;

/** The Azure service a port calls, at its endpoint, naming the failures of the exchanges with it ({@link AzureService}). */
public record CalledService(AzureService service, String endpoint) {

    public CalledService {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** No (readable) answer came. */
    public DomainError unanswered(TransportFailure failure, Duration timeout, String cause) {
        return service.unanswered(failure, endpoint, timeout, cause);
    }

    /** The service answered with {@code refusal}, saying {@code words}. */
    public DomainError refused(DomainError refusal, String words) {
        return service.refused(refusal, endpoint, words);
    }

    /** The service refused with {@code refusal} itself (in process): its words are the error's own line. */
    public DomainError refused(DomainError refusal) {
        return refused(refusal, BridgeClassifier.oneLine(refusal));
    }
}
