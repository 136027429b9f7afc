package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.id.SubscriptionId;
import io.stackbridge.domain.linked.RegistrationReference;
import io.stackbridge.domain.registration.RegistrationKey;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The body of a linked subscription PUT or PATCH ({@code LinkedSubscriptionParameter}): {@code location}
 * and {@code properties.linkedSubscriptionId} and {@code properties.registrationResourceId}, all three
 * required on PUT, each optional on PATCH; a {@code location} that is sent is never blank. The read-only members of the resource are ignored if sent.
 */
public record LinkedSubscriptionBody(String location, Properties properties) {

    /** The two properties a client sends. */
    public record Properties(String linkedSubscriptionId, String registrationResourceId) {
    }

    /** What a request carried, checked. */
    public record Content(Option<String> location, Option<SubscriptionId> linkedSubscriptionId, Option<RegistrationKey> registration) {
    }

    public static Validation<Seq<Violation>, Content> read(JsonNode document, boolean required) {
        JsonFields body = JsonFields.root(document);
        Option<String> location = required ? body.filledText("location") : body.filledTextIfPresent("location");
        Option<JsonFields> properties = required ? body.requiredObject("properties") : body.object("properties");
        Option<SubscriptionId> linked = properties.flatMap(p -> present(p, "linkedSubscriptionId", required)
                ? p.parsed("linkedSubscriptionId", SubscriptionId::parse) : Option.none());
        Option<RegistrationKey> registration = properties.flatMap(p -> present(p, "registrationResourceId", required)
                ? p.parsed("registrationResourceId", RegistrationReference::parse) : Option.none());
        return body.result(() -> new Content(location, linked, registration));
    }

    private static boolean present(JsonFields properties, String name, boolean required) {
        return required || properties.member(name).isDefined();
    }
}
