package io.stackbridge.adapters.http.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.domain.manifest.VerificationVersion;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The body of a deployment license request (the specification's {@code DeploymentLicenseRequest}):
 * {@code {"verificationVersion":"1"}}. The version may be left out (the latest is meant), as the
 * specification's own example sends no body; any other member is refused, every problem at once.
 */
public record DeploymentLicenseBody(String verificationVersion) {

    public static Validation<Seq<Violation>, VerificationVersion> read(JsonNode document) {
        JsonFields body = JsonFields.root(document);
        Option<VerificationVersion> version = body.parsed(VerificationVersion.FIELD, VerificationVersion::parse);
        body.rejectUnknownMembers(List.of(VerificationVersion.FIELD));
        return body.result(version::get);
    }
}
