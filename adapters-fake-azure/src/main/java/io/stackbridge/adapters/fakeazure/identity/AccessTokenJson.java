package io.stackbridge.adapters.fakeazure.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stackbridge.adapters.support.json.JsonFields;
import io.stackbridge.adapters.support.json.JsonTrees;
import io.stackbridge.domain.id.ClientId;
import io.stackbridge.domain.id.ObjectId;
import io.stackbridge.domain.id.TenantId;
import io.stackbridge.domain.identity.AccessTokenClaims;
import io.stackbridge.domain.validation.Rule;
import io.stackbridge.domain.validation.Violation;
import io.vavr.control.Option;

import java.time.Instant;
import java.util.UUID;

/**
 * The claims of an Entra-style access token: {@code aud}, {@code iss}, {@code nbf}, {@code exp},
 * {@code iat} (whole seconds since the epoch), {@code appid}, {@code tid}, {@code oid} and a unique {@code jti}.
 */
final class AccessTokenJson {

    private AccessTokenJson() {
    }

    static ObjectNode write(AccessTokenClaims claims) {
        return JsonTrees.object()
                .put("aud", claims.audience())
                .put("iss", claims.issuer())
                .put("nbf", claims.notBefore().getEpochSecond())
                .put("exp", claims.expiresAt().getEpochSecond())
                .put("iat", claims.notBefore().getEpochSecond())
                .put("appid", claims.appId().value())
                .put("tid", claims.tenantId().value())
                .put("oid", claims.objectId().value())
                .put("jti", UUID.randomUUID().toString());
    }

    /** The claims, or none when one is missing or malformed. */
    static Option<AccessTokenClaims> read(JsonNode json) {
        JsonFields f = JsonFields.at(json, "");
        var audience = f.filledText("aud");
        var issuer = f.filledText("iss");
        var notBefore = seconds(f, "nbf");
        var expires = seconds(f, "exp");
        var app = f.parsed("appid", ClientId::parse);
        var tenant = f.parsed("tid", TenantId::parse);
        var object = f.parsed("oid", ObjectId::parse);
        return f.result(() -> new AccessTokenClaims(audience.get(), issuer.get(), notBefore.get(), expires.get(),
                app.get(), tenant.get(), object.get())).toOption();
    }

    /** Whole seconds since the epoch, which must be there, within the instants Java can hold. */
    private static Option<Instant> seconds(JsonFields f, String name) {
        Option<JsonNode> value = f.member(name);
        if (value.exists(number -> number.isIntegralNumber() && number.canConvertToLong())) {
            long seconds = value.get().longValue();
            if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
                f.report(Violation.of(name, String.valueOf(seconds), Rule.OUT_OF_RANGE,
                        String.valueOf(Instant.MIN.getEpochSecond()), String.valueOf(Instant.MAX.getEpochSecond())));
                return Option.none();
            }
            return Option.some(Instant.ofEpochSecond(seconds));
        }
        f.report(Violation.of(name, value.map(JsonTrees::excerpt).getOrElse(""), Rule.NOT_A_NUMBER));
        return Option.none();
    }
}
