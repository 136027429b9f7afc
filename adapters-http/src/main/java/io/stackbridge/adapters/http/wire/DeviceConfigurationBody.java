package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.marketplace.DeviceConfiguration;
import io.stackbridge.domain.marketplace.DeviceVersion;
import io.stackbridge.domain.marketplace.IdentitySystem;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The optional body of the product checks (the specification's {@code DeviceConfiguration}):
 * {@code {"deviceVersion":"2206.2.66","identitySystem":"AzureAD"}}, both optional.
 */
public record DeviceConfigurationBody(String deviceVersion, String identitySystem) {

    static final List<String> MEMBERS = List.of("deviceVersion", IdentitySystem.FIELD);

    /** The configuration a request states, every problem reported at once; an empty body states nothing. */
    public static Validation<Seq<Violation>, DeviceConfiguration> read(JsonNode document) {
        JsonFields body = JsonFields.root(document);
        Option<Option<DeviceVersion>> version = body.member("deviceVersion").isEmpty()
                ? Option.some(Option.none()) : body.parsed("deviceVersion", DeviceVersion::parse).map(Option::some);
        Option<Option<IdentitySystem>> identity = body.member(IdentitySystem.FIELD).isEmpty()
                ? Option.some(Option.none()) : body.parsed(IdentitySystem.FIELD, IdentitySystem::parse).map(Option::some);
        body.rejectUnknownMembers(MEMBERS);
        return body.result(() -> new DeviceConfiguration(version.get(), identity.get()));
    }
}
