package io.stackbridge.adapters.http.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.stackbridge.adapters.http.wire.WireJson;
import io.stackbridge.domain.id.CloudId;
import io.vavr.collection.Iterator;
import io.vavr.control.Option;
import io.vavr.control.Try;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cloud a registration token names, if it can be read (Base64 of JSON, keys in any case), so
 * that a refusal about that cloud can name it; an unreadable token is Azure's to refuse.
 */
final class TokenCloudIds {

    private TokenCloudIds() {
    }

    static Option<CloudId> of(String registrationToken) {
        return Try.of(() -> WireJson.mapper().readTree(new String(Base64.getMimeDecoder().decode(registrationToken.trim()),
                        StandardCharsets.UTF_8)))
                .toOption()
                .filter(JsonNode::isObject)
                .flatMap(document -> Iterator.ofAll(document.properties())
                        .find(field -> field.getKey().equalsIgnoreCase(CloudId.FIELD) && field.getValue().isTextual())
                        .map(field -> field.getValue().textValue()))
                .flatMap(text -> CloudId.parse(text).toOption());
    }
}
