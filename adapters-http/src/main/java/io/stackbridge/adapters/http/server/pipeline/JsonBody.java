package io.stackbridge.adapters.http.server.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.wire.JsonDocument;
import io.stackbridge.domain.error.ArmError;
import io.stackbridge.domain.error.DomainError;
import io.vavr.control.Either;

/** A route's JSON request body as a tree; broken JSON or a missing body is {@code InvalidRequestContent}. */
public final class JsonBody {

    private JsonBody() {
    }

    public static Either<DomainError, JsonNode> required(Call call) {
        return JsonDocument.parse(BodyReader.text(call.ctx(), call.maxBodyBytes())).toEither()
                .mapLeft(ArmError.InvalidRequestContent::new);
    }

    /** An absent body reads as an empty object. */
    public static Either<DomainError, JsonNode> optional(Call call) {
        return JsonDocument.parseOptional(BodyReader.text(call.ctx(), call.maxBodyBytes())).toEither()
                .mapLeft(ArmError.InvalidRequestContent::new);
    }
}
