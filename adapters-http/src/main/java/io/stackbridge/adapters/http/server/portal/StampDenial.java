package io.stackbridge.adapters.http.server.portal;

import io.stackbridge.adapters.http.server.pipeline.Reply;
import io.stackbridge.adapters.http.wire.ArmErrorEnvelope;
import io.stackbridge.domain.error.DomainError;
import io.stackbridge.domain.text.Language;
import io.vavr.control.Either;

import java.util.Objects;
import java.util.function.Function;

/**
 * Why the stamp the portal shows did not do what a request asked: a catalog error (answered as every
 * admin error is), or a stamp the portal cannot work on (no stamp in its directory, a busy or unusable
 * database, an unusable CA), answered in the same ARM envelope with that problem's own code, sentence
 * and status.
 */
public sealed interface StampDenial {

    static StampDenial coded(DomainError error) {
        return new Coded(error);
    }

    /** A catalog error: its status from the one status map. */
    record Coded(DomainError error) implements StampDenial {
        public Coded {
            Objects.requireNonNull(error, "error");
        }
    }

    /** A stamp the portal cannot work on: {@code status} (409 or 503), the problem's {@code code}, its sentence in each language. */
    record Refused(int status, String code, Function<Language, String> message) implements StampDenial {
        public Refused {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("a refusal is an error status: " + status);
            }
        }
    }

    /** {@code outcome} as the admin pipeline answers it: a refusal as its own envelope and status, a catalog error as any other. */
    static <T> Either<DomainError, Reply> answer(Either<StampDenial, T> outcome, Language language, Function<T, Reply> reply) {
        if (outcome.isRight()) {
            return Either.right(reply.apply(outcome.get()));
        }
        if (outcome.getLeft() instanceof Refused refused) {
            return Either.right(Reply.json(refused.status(), new ArmErrorEnvelope(
                    new ArmErrorEnvelope.ArmErrorBody(refused.code(), refused.message().apply(language), null, null))));
        }
        return Either.left(((Coded) outcome.getLeft()).error());
    }
}
