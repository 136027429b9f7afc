package io.stackbridge.adapters.http.server.linked;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.stackbridge.adapters.http.server.pipeline.BearerToken;
import io.stackbridge.adapters.http.server.pipeline.Call;
import io.stackbridge.domain.linked.Actor;
import io.stackbridge.domain.linked.ActorType;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Who makes a call, for {@code systemData}: the application its bearer token names ({@code appid},
 * else {@code azp}), or the user ({@code upn}, else {@code oid}) of a token that names no application;
 * {@link Actor#UNKNOWN} without a readable token (authentication turned off). The pipeline has checked
 * the token already when the emulator's authentication is on.
 */
final class Callers {

    private Callers() {
    }

    static Actor of(Call call) {
        return claims(BearerToken.of(call.ctx())).flatMap(Callers::actor).getOrElse(Actor.UNKNOWN);
    }

    private static Option<Actor> actor(JWTClaimsSet claims) {
        Option<String> application = List.of("appid", "azp").map(name -> text(claims, name)).find(Option::isDefined).flatMap(found -> found);
        if (application.isDefined()) {
            return application.map(id -> new Actor(id, ActorType.Application));
        }
        return List.of("upn", "oid").map(name -> text(claims, name)).find(Option::isDefined).flatMap(found -> found)
                .map(id -> new Actor(id, ActorType.User));
    }

    private static Option<String> text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String text && !text.isBlank() ? Option.some(text) : Option.none();
    }

    private static Option<JWTClaimsSet> claims(String token) {
        if (token == null || token.isBlank()) {
            return Option.none();
        }
        try {
            return Option.some(JWTParser.parse(token).getJWTClaimsSet());
        } catch (java.text.ParseException | RuntimeException unreadable) {
            return Option.none();
        }
    }
}
