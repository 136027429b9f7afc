package io.stackbridge.adapters.fakeazure.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.fakeazure.json.HardwareJson;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.application.port.out.RegistrationTokenCodecPort;
import io.stackbridge.domain.registration.RegistrationTokenContent;
import io.stackbridge.domain.registration.RegistrationTokenFields;
import io.stackbridge.domain.text.Excerpt;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.ValueType;
import io.stackbridge.domain.validation.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Base64;

/**
 * The registration token as stamps produce it: Base64 of a UTF-8 JSON object whose keys are read
 * without regard to case. Decoding never throws: what cannot be read comes back as violations.
 */
@Singleton
public final class JsonRegistrationTokenCodec implements RegistrationTokenCodecPort {

    /** The name bad tokens are reported under. */
    public static final String FIELD = "registrationToken";

    @Inject
    public JsonRegistrationTokenCodec() {
    }

    @Override
    public Either<Seq<Violation>, RegistrationTokenFields> decode(String token) {
        String text = token == null ? "" : token.trim();
        if (text.isEmpty()) {
            return Either.left(List.of(Violation.of(FIELD, "", Rule.REQUIRED)));
        }
        return tree(text).flatMap(root -> root.isObject()
                ? TokenFieldsReader.read(root)
                : Either.left(List.of(Violation.of(FIELD, Excerpt.of(text), Rule.WRONG_TYPE, ValueType.OBJECT))));
    }

    @Override
    public String encode(RegistrationTokenContent content) {
        ObjectNode json = JsonTrees.object()
                .put("cloudId", content.cloudId().value())
                .put("objectId", content.objectId().value())
                .put("billingModel", content.billingModel().name())
                .put("usageReportingEnabled", content.usageReportingEnabled())
                .put("marketplaceSyndicationEnabled", content.marketplaceSyndicationEnabled());
        content.agreementNumber().forEach(number -> json.put("agreementNumber", number));
        content.msAssetTag().forEach(tag -> json.put("msAssetTag", tag));
        json.set(HardwareJson.FIELD, HardwareJson.write(content.hardwareInfo()));
        json.put("issuer", content.issuer()).put("version", content.version());
        return Base64.getEncoder().encodeToString(JsonTrees.compactUtf8(json));
    }

    /** The JSON inside the Base64, or why there is none. */
    private static Either<Seq<Violation>, JsonNode> tree(String text) {
        String shown = Excerpt.of(text);
        return LenientBase64.decode(text)
                .<Seq<Violation>>toEither(() -> List.of(Violation.of(FIELD, shown, Rule.NOT_BASE64)))
                .flatMap(json -> JsonTrees.parse(json, FIELD, shown).<Seq<Violation>>mapLeft(List::of));
    }
}
