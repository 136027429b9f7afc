package io.stackbridge.adapters.http.client;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.stackbridge.adapters.http.wire.ArmErrorEnvelope;
import io.stackbridge.adapters.http.wire.ArmErrorEnvelope.ArmErrorBody;
import io.stackbridge.adapters.http.wire.OAuthError;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;

/** WireMock answers in the wire formats, and the unwrapping of port outcomes, for the client tests. */
final class Answers {

    private Answers() {
    }

    static ResponseDefinitionBuilder json(int status, Object dto) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(WireJson.write(dto));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** An ARM error envelope with {@code code}, {@code message} and {@code target}. */
    static ResponseDefinitionBuilder armError(int status, String code, String message, String target) {
        return json(status, new ArmErrorEnvelope(new ArmErrorBody(code, message, target, null)));
    }

    static ResponseDefinitionBuilder armError(int status, String code, String message) {
        return armError(status, code, message, null);
    }

    static ResponseDefinitionBuilder oauthError(int status, String error, int aadsts, String description) {
        return json(status, new OAuthError(error, description, List.of(aadsts), "2026-03-01 10:00:00Z", "trace", "correlation"));
    }

    static <T> T right(Either<DomainError, T> outcome) {
        assertThat(outcome.isRight()).as("expected success but got %s", outcome).isTrue();
        return outcome.get();
    }

    static DomainError left(Either<DomainError, ?> outcome) {
        assertThat(outcome.isLeft()).as("expected an error but got %s", outcome).isTrue();
        return outcome.getLeft();
    }
}
