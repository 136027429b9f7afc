package io.stackbridge.adapters.http.wire;

import io.stackbridge.adapters.support.json.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

import java.util.Locale;

/** The body of a registration PUT or PATCH: {@code location} ({@code global}), {@code properties.registrationToken}, {@code tags}. */
public record RegistrationBody(String location, Properties properties, java.util.Map<String, String> tags) {

    /** The one property a client sends. */
    public record Properties(String registrationToken) {
    }

    /** What a client sends to create or re-create a registration from {@code registrationToken}. */
    public static RegistrationBody of(String registrationToken) {
        return new RegistrationBody(RegistrationResource.LOCATION, new Properties(registrationToken), null);
    }

    /** What a request carried, checked; the token is required on PUT and optional on PATCH. */
    public record Content(Option<String> registrationToken, Option<Map<String, String>> tags) {
    }

    public static Validation<Seq<Violation>, Content> read(JsonNode document, boolean tokenRequired) {
        JsonFields body = JsonFields.root(document);
        Option<String> location = tokenRequired ? body.requiredText("location") : body.text("location");
        location.filter(value -> !value.trim().toLowerCase(Locale.ROOT).equals(RegistrationResource.LOCATION))
                .forEach(other -> body.report(Violation.of("location", Excerpt.of(other), Rule.UNKNOWN_VALUE, RegistrationResource.LOCATION)));
        Option<JsonFields> properties = tokenRequired ? body.requiredObject("properties") : body.object("properties");
        Option<String> token = properties.flatMap(p -> tokenRequired ? p.requiredText("registrationToken") : p.text("registrationToken"));
        Option<Map<String, String>> tags = body.textMap("tags");
        return body.result(() -> new Content(token, tags));
    }
}
