package io.stackbridge.domain.error;

import io.stackbridge.domain.id.CloudId;
import io.stackbridge.domain.id.RegistrationName;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/** Why a registration could not be created or updated. */
public sealed interface RegistrationError extends DomainError {

    /** The registration token could not be decoded, lacks a required field, or breaks a billing rule. */
    record InvalidRegistrationToken(Seq<Violation> problems) implements RegistrationError {
        public InvalidRegistrationToken {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid token has at least one problem");
            }
        }

        public List<Object> arguments() {
            return List.of(problems);
        }

        public Option<String> target() {
            return Option.some(problems.head().field());
        }
    }

    /** The name is already bound to another stamp's cloudId. */
    record CloudIdUpdateNotAllowed(RegistrationName registrationName, CloudId boundCloudId, CloudId requestedCloudId)
            implements RegistrationError {
        public List<Object> arguments() {
            return List.of(registrationName, boundCloudId, requestedCloudId);
        }

        public Option<String> target() {
            return Option.some("cloudId");
        }
    }

    /** The stamp's cloudId is already registered under another name or in another subscription. */
    record CloudIdAlreadyRegistered(CloudId cloudId, RegistrationKey existingRegistration) implements RegistrationError {
        public List<Object> arguments() {
            return List.of(cloudId, existingRegistration.name(), existingRegistration.subscriptionId(),
                    existingRegistration.resourceGroup());
        }

        public Option<String> target() {
            return Option.some("cloudId");
        }
    }

    /**
     * The registration's token turned marketplace syndication off, so its marketplace is closed. Our
     * code: the sources say such a registration cannot download products, not how the service answers.
     */
    record MarketplaceSyndicationDisabled(RegistrationName registrationName, CloudId cloudId) implements RegistrationError {
        public List<Object> arguments() {
            return List.of(registrationName, cloudId);
        }

        public Option<String> target() {
            return Option.some("marketplaceSyndicationEnabled");
        }
    }

    /**
     * A linked subscription names a registration ({@code registrationResourceId}) that does not
     * exist. Our code: the specification documents no error for it.
     */
    record LinkedRegistrationNotFound(RegistrationKey registration) implements RegistrationError {
        public List<Object> arguments() {
            return List.of(io.stackbridge.domain.arm.ResourceIds.registration(registration));
        }

        public Option<String> target() {
            return Option.some("properties.registrationResourceId");
        }
    }
}
