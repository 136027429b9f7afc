package io.stackbridge.domain.error;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.identity.TokenProblem;
import io.vavr.collection.List;
import io.vavr.control.Option;

import java.util.Objects;

/** Why the stamp refused an activation key, or an action that needs it to be activated. */
public sealed interface StampError extends DomainError {

    /** The key is not a signed token of the Azure the stamp registers with (malformed, or signed by another key). */
    record ActivationKeyNotTrusted(TokenProblem problem) implements StampError {
        public ActivationKeyNotTrusted {
            Objects.requireNonNull(problem, "problem");
        }

        public List<Object> arguments() {
            return List.of(problem);
        }

        public Option<String> target() {
            return Option.some("activationKey");
        }
    }

    /** The key is genuine but was issued for another stamp or another bridge principal. */
    record ActivationKeyMismatch(String field, String stampValue, String keyValue) implements StampError {
        public ActivationKeyMismatch {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(stampValue, "stampValue");
            Objects.requireNonNull(keyValue, "keyValue");
        }

        public List<Object> arguments() {
            return List.of(field, stampValue, keyValue);
        }

        public Option<String> target() {
            return Option.some(field);
        }
    }

    /** The stamp has no activation, so it has nothing to deactivate and no usage endpoint to report to. */
    record StampNotActivated(CloudId cloudId) implements StampError {
        public StampNotActivated {
            Objects.requireNonNull(cloudId, "cloudId");
        }

        public List<Object> arguments() {
            return List.of(cloudId);
        }
    }
}
